//! A small, valid stop that tests bend into the shape they need.
#![allow(dead_code)]

pub mod property;

use serde_json::{json, Value};

/// Four stands in a row, three exhibitors, one room, two slots, one session.
pub fn small_stop() -> Value {
    json!({
        "format": "caravane.stop/1",
        "stop": { "name": "Petit marché", "town": "Tata", "venue": "Salle", "from": "2025-12-05",
                  "to": "2025-12-06", "sample_data": true },
        "provinces": [ { "id": "tata", "name": "Tata" }, { "id": "tiznit", "name": "Tiznit" } ],
        "families": [
            { "id": "dates", "name": "Dattes", "category": "agricultural" },
            { "id": "silver", "name": "Bijoux en argent", "category": "artisanal" }
        ],
        "stands": [
            { "id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "entrance", "tags": ["prime", "electricity"] },
            { "id": "A2", "x": 3, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "entrance", "tags": [] },
            { "id": "A3", "x": 6, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "back", "tags": ["electricity"] },
            { "id": "A4", "x": 9, "y": 0, "width": 3, "depth": 3, "front": "south", "zone": "back", "tags": [] }
        ],
        "exhibitors": [
            { "id": "e1", "name": "Coopérative Tamount", "province": "tata", "family": "dates", "sessions": ["financing"] },
            { "id": "e2", "name": "تعاونية النخيل", "province": "tata", "family": "dates", "needs": ["electricity"] },
            { "id": "e3", "name": "ⵜⴰⵡⵓⵔⵉ", "province": "tiznit", "family": "silver", "staff": 2, "sessions": ["financing"] }
        ],
        "rooms": [ { "id": "tent", "name": "Tente", "capacity": 10 } ],
        "slots": [
            { "id": "d1-am", "day": "2025-12-05", "start": "10:00", "end": "11:30", "footfall": "quiet" },
            { "id": "d1-pm", "day": "2025-12-05", "start": "15:00", "end": "16:30" }
        ],
        "sessions": [ { "id": "financing", "title": "Financer l'ESS", "facilitators": ["Conseillère"] } ]
    })
}

/// The stop as text.
pub fn text(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}
