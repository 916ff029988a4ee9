//! The committed JSON Schemas are the ones the types generate.

use std::path::Path;

fn committed(name: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_stop_schema_is_up_to_date() {
    assert!(
        committed("stop.schema.json") == caravane::stop_schema(),
        "schema/stop.schema.json is out of date: run `scripts/caravane schema > schema/stop.schema.json`"
    );
}

#[test]
fn the_solution_schema_is_up_to_date() {
    assert!(
        committed("solution.schema.json") == caravane::solution_schema(),
        "schema/solution.schema.json is out of date: run `scripts/caravane schema --solution > schema/solution.schema.json`"
    );
}

#[test]
fn the_tour_schema_is_up_to_date() {
    assert!(
        committed("tour.schema.json") == caravane::tour_schema(),
        "schema/tour.schema.json is out of date: run `scripts/caravane schema --tour > schema/tour.schema.json`"
    );
}

#[test]
fn the_schema_refuses_unknown_fields() {
    let schema = caravane::stop_schema();
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
}
