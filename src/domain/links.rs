//! Mend's own links, `mend://…`, which open it straight on a screen: the home-screen
//! shortcuts ("Check in", "Take a pause") and the actions of a running pause's notification
//! ("I'm back", "5 more minutes"). The router turns each into its screen; with the app lock
//! on, the PIN is asked first.

/// The links' scheme, as the phone's manifest and Info.plist register it.
pub const SCHEME: &str = "mend";

/// Where a link leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The check-in.
    CheckIn,
    /// The pause: a new one, or the one running.
    Pause,
    /// The running pause ended ("I'm back"), then the screen after a pause.
    PauseBack,
    /// Five more minutes for the running pause, then the pause.
    PauseMore,
}

impl Link {
    pub const ALL: [Link; 4] = [Link::CheckIn, Link::Pause, Link::PauseBack, Link::PauseMore];

    /// Its path after the scheme.
    pub fn path(self) -> &'static str {
        match self {
            Link::CheckIn => "check-in",
            Link::Pause => "pause",
            Link::PauseBack => "pause/back",
            Link::PauseMore => "pause/more",
        }
    }

    /// The whole link, `mend://check-in`.
    pub fn address(self) -> String {
        format!("{SCHEME}://{}", self.path())
    }

    /// The link of a home-screen quick action (iOS's `UIApplicationShortcutItems` in
    /// Dioxus.toml), by its type: the app's identifier, a dot, and the link's path
    /// (`app.mend.companion.check-in`).
    pub fn from_quick_action(kind: &str) -> Option<Link> {
        let (_, path) = kind.rsplit_once('.')?;
        [Link::CheckIn, Link::Pause]
            .into_iter()
            .find(|l| l.path() == path)
    }

    /// The link an address names: `mend://check-in`, also written `mend:check-in` or
    /// `MEND:///check-in/`, with anything after `?` or `#` left aside. `None` for anything
    /// else, which Mend then opens on its home screen.
    pub fn parse(address: &str) -> Option<Link> {
        let (scheme, rest) = address.trim().split_once(':')?;
        if !scheme.eq_ignore_ascii_case(SCHEME) {
            return None;
        }
        let rest = rest.split(['?', '#']).next().unwrap_or_default();
        let path = rest.trim_matches('/');
        Link::ALL
            .into_iter()
            .find(|l| l.path().eq_ignore_ascii_case(path))
    }
}

/// `text` made safe inside a link (RFC 3986): every byte but letters, digits and `-._~`
/// written as `%XX` of its UTF-8.
pub fn encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// An `sms:` link that opens a new message holding `text`, to whoever the person picks
/// (RFC 5724). Mend never sends it: the person does, from their messages.
pub fn message_link(text: &str) -> String {
    format!("sms:?body={}", encoded(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(address: &str, expected: Option<Link>) {
        assert_eq!(Link::parse(address), expected, "{address}");
    }

    #[test]
    fn each_link_reads_back_as_itself() {
        for link in Link::ALL {
            check(&link.address(), Some(link));
        }
        assert_eq!(Link::CheckIn.address(), "mend://check-in");
        assert_eq!(Link::PauseBack.address(), "mend://pause/back");
    }

    #[test]
    fn links_are_read_the_ways_systems_write_them() {
        check("mend:check-in", Some(Link::CheckIn));
        check("MEND:///Check-In/", Some(Link::CheckIn));
        check(" mend://pause?from=shortcut ", Some(Link::Pause));
        check("mend://pause/more#now", Some(Link::PauseMore));
    }

    #[test]
    fn quick_actions_lead_to_their_links() {
        assert_eq!(
            Link::from_quick_action("app.mend.companion.check-in"),
            Some(Link::CheckIn)
        );
        assert_eq!(
            Link::from_quick_action("app.mend.companion.pause"),
            Some(Link::Pause)
        );
        for kind in [
            "app.mend.companion.reflect",
            "app.mend.companion.pause/back",
            "pause",
            "",
        ] {
            assert_eq!(Link::from_quick_action(kind), None, "{kind}");
        }
    }

    #[test]
    fn a_message_link_carries_its_text_whole() {
        assert_eq!(
            message_link("I'll be back at 17:53."),
            "sms:?body=I%27ll%20be%20back%20at%2017%3A53."
        );
        assert_eq!(
            message_link("café & ♥"),
            "sms:?body=caf%C3%A9%20%26%20%E2%99%A5"
        );
        assert_eq!(encoded("a+b=c?d#e/f"), "a%2Bb%3Dc%3Fd%23e%2Ff");
    }

    #[test]
    fn anything_else_is_no_link() {
        for address in [
            "",
            "mend",
            "mend://",
            "mend://settings",
            "mend://pause/backwards",
            "https://check-in",
            "mendx://check-in",
            "tel:988",
        ] {
            check(address, None);
        }
    }
}
