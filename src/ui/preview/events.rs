//! How the preview turns the page's events into the app's: as dioxus-html's serialized
//! events, except a mounted element, which is one of ours that can ask the page about itself.

use dioxus::html::*;

use super::session::PageElement;

/// Makes every tab's events readable. Called once, before the first tab.
pub fn install_event_converter() {
    set_event_converter(Box::new(PageEvents));
}

struct PageEvents;

/// The conversions dioxus-html's own serialized events already make.
macro_rules! as_serialized {
    ($($method:ident -> $data:ty),* $(,)?) => {
        $(
            fn $method(&self, event: &PlatformEventData) -> $data {
                SerializedHtmlEventConverter.$method(event)
            }
        )*
    };
}

impl HtmlEventConverter for PageEvents {
    fn convert_mounted_data(&self, event: &PlatformEventData) -> MountedData {
        match event.downcast::<PageElement>() {
            Some(element) => MountedData::new(element.clone()),
            None => MountedData::from(()),
        }
    }

    as_serialized! {
        convert_animation_data -> AnimationData,
        convert_cancel_data -> CancelData,
        convert_clipboard_data -> ClipboardData,
        convert_composition_data -> CompositionData,
        convert_drag_data -> DragData,
        convert_focus_data -> FocusData,
        convert_form_data -> FormData,
        convert_image_data -> ImageData,
        convert_keyboard_data -> KeyboardData,
        convert_media_data -> MediaData,
        convert_mouse_data -> MouseData,
        convert_pointer_data -> PointerData,
        convert_resize_data -> ResizeData,
        convert_scroll_data -> ScrollData,
        convert_selection_data -> SelectionData,
        convert_toggle_data -> ToggleData,
        convert_touch_data -> TouchData,
        convert_transition_data -> TransitionData,
        convert_visible_data -> VisibleData,
        convert_wheel_data -> WheelData,
    }
}
