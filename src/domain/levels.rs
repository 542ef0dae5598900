//! Small bounded numbers: intensity and Self on 0–10, severity on 1–5.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A level from 0 to 10 (how strong a part is, how much Self is here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("{value} is not between 0 and 10"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How big a rupture felt, from 1 (a small wobble) to 5 (a deep tear).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Severity(u8);

impl Severity {
    pub const DEFAULT: Severity = Severity(3);
    pub const ALL: [Severity; 5] = [
        Severity(1),
        Severity(2),
        Severity(3),
        Severity(4),
        Severity(5),
    ];

    pub fn new(value: u8) -> Option<Self> {
        (1..=5).contains(&value).then_some(Self(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// A plain word for the level, shown beside the number.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "a small wobble",
            2 => "a bump",
            3 => "it hurt",
            4 => "a big tear",
            _ => "a deep tear",
        }
    }
}

impl TryFrom<u8> for Severity {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("{value} is not between 1 and 5"))
    }
}

impl From<Severity> for u8 {
    fn from(s: Severity) -> u8 {
        s.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_bounds() {
        assert_eq!(Level::new(0).map(Level::get), Some(0));
        assert_eq!(Level::new(10).map(Level::get), Some(10));
        assert_eq!(Level::new(11), None);
    }

    #[test]
    fn severity_bounds() {
        assert_eq!(Severity::new(0), None);
        assert_eq!(Severity::new(1).map(Severity::get), Some(1));
        assert_eq!(Severity::new(5).map(Severity::get), Some(5));
        assert_eq!(Severity::new(6), None);
        assert!(Severity::ALL.iter().all(|s| !s.label().is_empty()));
    }
}
