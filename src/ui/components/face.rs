//! The faces of Practise together, drawn as our own inline SVG so that nothing depends on
//! an emoji font. Their colours come from the theme (`--face-*` in `mend.css`), so they hold
//! in light and dark. A face is drawn beside its word, which names it for screen readers.

use dioxus::prelude::*;

use crate::domain::together::Face;

/// The strokes of a face's eyes, brows and mouth, on a 64 × 64 grid.
fn strokes(face: Face) -> &'static [&'static str] {
    match face {
        Face::Happy => &["M22 24 v4", "M42 24 v4", "M19 38 Q32 51 45 38"],
        Face::Sad => &[
            "M22 25 v4",
            "M42 25 v4",
            "M20 47 Q32 37 44 47",
            "M17 20 L26 17",
            "M47 20 L38 17",
        ],
        Face::Cross => &[
            "M16 19 L28 25",
            "M48 19 L36 25",
            "M22 29 v3",
            "M42 29 v3",
            "M21 45 L43 45",
        ],
        Face::Scared => &["M17 17 Q22 13 27 17", "M47 17 Q42 13 37 17"],
        Face::Worried => &[
            "M17 21 L27 17",
            "M47 21 L37 17",
            "M22 27 v3",
            "M42 27 v3",
            "M20 45 Q26 40 32 45 Q38 50 44 45",
        ],
        Face::Calm => &[
            "M17 27 Q22 31 27 27",
            "M37 27 Q42 31 47 27",
            "M23 40 Q32 47 41 40",
        ],
        Face::Tired => &[
            "M17 28 L27 28",
            "M37 28 L47 28",
            "M17 24 Q22 22 27 24",
            "M37 24 Q42 22 47 24",
            "M27 45 Q32 42 37 45",
        ],
        Face::Muddled => &[
            "M16 18 L28 20",
            "M36 16 L48 22",
            "M22 26 v4",
            "M42 27 v3",
            "M19 44 L25 40 L31 44 L37 40 L43 44",
        ],
    }
}

/// One face, for a button that carries its word.
#[component]
pub fn FaceDrawing(face: Face) -> Element {
    let scared = face == Face::Scared;
    rsx! {
        svg {
            class: "face",
            view_box: "0 0 64 64",
            width: "64",
            height: "64",
            "aria-hidden": "true",
            circle { class: "face-skin", cx: "32", cy: "32", r: "28" }
            if scared {
                circle { class: "face-eye", cx: "22", cy: "27", r: "4.5" }
                circle { class: "face-eye", cx: "42", cy: "27", r: "4.5" }
                ellipse { class: "face-mouth-open", cx: "32", cy: "44", rx: "6", ry: "7" }
            }
            for (i, d) in strokes(face).iter().enumerate() {
                path { key: "{i}", class: "face-line", d: *d }
            }
        }
    }
}
