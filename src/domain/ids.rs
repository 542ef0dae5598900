//! Identifiers: one newtype per record kind, each a random UUID so records can later be
//! exported, imported and merged without clashes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    // `$d` is a `$` given by the caller, so that the list macro made here can have variables
    // of its own.
    ($d:tt; $($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// Calls the macro `$m` with every kind of id, for what each needs alike (how the
        /// store keeps them).
        macro_rules! every_id {
            ($d m:ident) => {
                $d m!($($name),*);
            };
        }

        $(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh, random identifier.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> $name {
                $name(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
        )*
    };
}

id_type!(
    $;
    /// A part of the user.
    PartId,
    /// A person the user is in relationship with.
    PersonId,
    /// One check-in.
    CheckInId,
    /// One pause.
    PauseId,
    /// One rupture.
    RuptureId,
    /// One repair of a rupture.
    RepairId,
    /// One day's reflection.
    ReflectionId,
    /// A repair phrase the user wrote.
    PhraseId,
    /// One practice session.
    PracticeId,
    /// A line of the user's own in Help now: a therapist, a friend, a local service.
    HelpLineId,
    /// One talk it through, two people with one phone.
    TalkId,
    /// One of a couple's shared words: a sentence they agree to use when it gets hard.
    SharedId,
);

pub(crate) use every_id;
