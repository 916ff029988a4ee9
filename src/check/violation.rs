//! What the checker reports when a layout breaks a rule, or a solution file claims what does not
//! hold: a stable code, a sentence, and the ids it concerns.

use serde::Serialize;
use std::fmt;

/// Declares the codes once: the enum, its lists and each code's stable name. Codes come in two
/// sections: the hard rules of a layout, and the claims a solution file makes about itself.
macro_rules! codes {
    (
        rules { $( $(#[doc = $rdoc:expr])* $rule:ident => $rname:expr, )* }
        claims { $( $(#[doc = $cdoc:expr])* $claim:ident => $cname:expr, )* }
    ) => {
        /// A stable code naming one kind of broken rule or untrue claim.
        ///
        /// Codes never change meaning; planners and scripts may match on [`Code::as_str`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[doc = $rdoc])* $rule, )*
            $( $(#[doc = $cdoc])* $claim, )*
        }

        impl Code {
            /// Every code, in the order the checker meets them.
            pub const ALL: &'static [Code] = &[$(Code::$rule,)* $(Code::$claim),*];

            /// The codes of the hard rules a layout must keep.
            pub const RULES: &'static [Code] = &[$(Code::$rule),*];

            /// The codes of what a solution file claims about itself: its objective, status,
            /// bound and gap, and the stop it was made for.
            pub const CLAIMS: &'static [Code] = &[$(Code::$claim),*];

            /// The stable, kebab-case name of the code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$rule => $rname,)*
                    $(Code::$claim => $cname,)*
                }
            }

            /// Whether the code is about a claim of the file rather than a rule of the layout.
            pub fn is_claim(self) -> bool {
                Code::CLAIMS.contains(&self)
            }
        }
    };
}

codes! {
    rules {
        /// An assignment names an exhibitor the stop does not have.
        UnknownExhibitor => "unknown-exhibitor",
        /// An assignment names a stand the square does not have.
        UnknownStand => "unknown-stand",
        /// An exhibitor of the stop has no stand.
        NoStand => "no-stand",
        /// An exhibitor is given a second stand.
        TwoStands => "two-stands",
        /// A stand is given to a second exhibitor.
        DoubleBooked => "double-booked",
        /// A stand lacks a tag its exhibitor needs.
        UnmetNeed => "unmet-need",
        /// A pinned exhibitor is not on its stand.
        BrokenPin => "broken-pin",
        /// An exhibitor is on a stand forbidden to it.
        ForbiddenStand => "forbidden-stand",
        /// The programme holds a session the stop does not have.
        UnknownSession => "unknown-session",
        /// A session is in a room the stop does not have.
        UnknownRoom => "unknown-room",
        /// A session uses a slot the stop does not have.
        UnknownSlot => "unknown-slot",
        /// The programme holds a session twice.
        SessionTwice => "session-twice",
        /// A session of the stop is missing from a programme that holds others.
        SessionNotHeld => "session-not-held",
        /// A session is given more or fewer slots than its length.
        SessionLength => "session-length",
        /// A session's slots do not follow each other within one day.
        SessionSlots => "session-slots",
        /// A room has fewer seats than the session's registrants and facilitators.
        RoomTooSmall => "room-too-small",
        /// A room lacks a tag its session needs.
        RoomLacks => "room-lacks",
        /// A room holds two sessions at once.
        RoomDoubleBooked => "room-double-booked",
        /// A facilitator leads two sessions at once.
        FacilitatorDoubleBooked => "facilitator-double-booked",
    }
    claims {
        /// The file's objective is not the layout's: the layout was changed since it was
        /// solved, or the objective was edited.
        ObjectiveDiffers => "objective-differs",
        /// The stop file is not the one the solution was made for (its fingerprint differs).
        ProblemChanged => "problem-changed",
        /// The status or gap the file claims held for the layout it was solved with, not for
        /// the layout it holds now.
        StaleClaim => "stale-claim",
        /// The status claims a layout but the file gives no bound or gap.
        NoBound => "no-bound",
        /// The bound is above the layout's own total.
        BoundAboveTotal => "bound-above-total",
        /// The gap does not follow from the file's own total and bound.
        WrongGap => "wrong-gap",
        /// The status is `optimal` but the gap is above 1e-6.
        OptimalWithGap => "optimal-with-gap",
        /// The status says there is no layout (`infeasible`, `unknown`) but the file holds
        /// assignments.
        UnexpectedLayout => "unexpected-layout",
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A broken rule or an untrue claim: its code, a sentence, and the ids it concerns (as written in the files).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Violation {
    /// Which rule.
    pub code: Code,
    /// The sentence, in the language the check ran in.
    pub text: String,
    /// The exhibitors concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exhibitors: Vec<String>,
    /// The stands concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stands: Vec<String>,
    /// The sessions concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<String>,
    /// The rooms concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<String>,
    /// The slots concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub slots: Vec<String>,
    /// The facilitators concerned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facilitators: Vec<String>,
}

impl Violation {
    /// A violation that names no ids yet.
    pub fn new(code: Code, text: String) -> Violation {
        Violation {
            code,
            text,
            exhibitors: vec![],
            stands: vec![],
            sessions: vec![],
            rooms: vec![],
            slots: vec![],
            facilitators: vec![],
        }
    }

    /// The same, naming these exhibitors.
    pub fn exhibitors<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.exhibitors = strings(ids);
        self
    }

    /// The same, naming these stands.
    pub fn stands<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.stands = strings(ids);
        self
    }

    /// The same, naming these sessions.
    pub fn sessions<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.sessions = strings(ids);
        self
    }

    /// The same, naming these rooms.
    pub fn rooms<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.rooms = strings(ids);
        self
    }

    /// The same, naming these slots.
    pub fn slots<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.slots = strings(ids);
        self
    }

    /// The same, naming these facilitators.
    pub fn facilitators<S: ToString>(mut self, ids: impl IntoIterator<Item = S>) -> Violation {
        self.facilitators = strings(ids);
        self
    }
}

fn strings<S: ToString>(ids: impl IntoIterator<Item = S>) -> Vec<String> {
    ids.into_iter().map(|s| s.to_string()).collect()
}

impl fmt::Display for Violation {
    /// `[code] sentence`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code, self.text)
    }
}
