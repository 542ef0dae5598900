//! One browser tab of the preview: our own loop between the tab's socket and its VirtualDom,
//! with the scripts it runs in the page, its document and its history.
//!
//! It takes the place of dioxus-liveview's `run` (0.7.10, and still in 0.8.0-alpha.3), which
//! never lets go of a script it has run in the page: the table of running scripts owns each
//! script's handle, and each handle holds the table. Nothing in that ring is ever dropped, so
//! every tab left its scripts, their channels and its own outgoing channel behind when it
//! closed: about 15 KB a tab, without end (docs/PERFORMANCE.md, "Memory"). Here a handle
//! points back to the table weakly, a script is let go once its answer has been read (or a
//! while after it answered with nobody waiting), and all the rest goes with the tab. A
//! script that never answers (a listener, such as the history's or the back button's) is
//! kept while the tab is open, even if what started it has gone. A tab that says nothing
//! for 30 minutes is taken as gone.
//!
//! dioxus-liveview still gives the page its glue (`interpreter_glue`), which this loop speaks:
//! - to the page, binary frames: a first byte 1 and then edits, or 0 and then JSON,
//!   `{"type":"query","data":SCRIPT}`, which the page runs;
//! - from the page, text: `__ping__` every 30 s, or JSON, `{"method":"user_event",…}` for
//!   an event, or what our own script wrapper posts, `{"method":"script",…}`.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::extract::ws::{Message, WebSocket};
use dioxus::core::{ElementId, Event, ScopeId, VirtualDom};
use dioxus::document::{Document, Eval, EvalError, Evaluator};
use dioxus::history::History;
use dioxus::html::geometry::PixelsRect;
use dioxus::html::{
    EventData, HtmlEvent, MountedError, MountedResult, PlatformEventData, RenderedElementBacking,
    ScrollToOptions,
};
use dioxus::prelude::{provide_context, spawn};
use dioxus::signals::{AnyStorage, Owner, UnsyncStorage};
use dioxus_interpreter_js::MutationState;
use serde::Deserialize;
use serde_json::Value;
use tokio::sync::{mpsc, oneshot};

/// How long a script that has answered is kept for a reader who has not come for its answer.
/// Every reader in the app awaits its script as soon as it starts it, so this is only a
/// backstop for scripts nobody reads.
const UNREAD_ANSWER_KEPT: Duration = Duration::from_secs(30);

/// How long a tab may say nothing before its session is ended: a tab whose computer slept,
/// or whose network went, without closing its socket, would otherwise keep its VirtualDom
/// until the connection gave up, which may be never. The page pings every 30 s while it
/// runs; a phone's browser stops a tab's scripts while it is in the background, and the
/// page can't reconnect, so this is long enough for someone to come back to it.
const SILENT_TAB_ENDS: Duration = Duration::from_secs(30 * 60);

/// How a tab's session ended, when it was not the tab closing.
#[derive(Debug, thiserror::Error)]
pub enum Ended {
    #[error("the tab's socket failed: {0}")]
    Socket(#[from] axum::Error),
    #[error("the tab said nothing for {} minutes", SILENT_TAB_ENDS.as_secs() / 60)]
    Silent,
}

/// Runs one tab: sends the first screen, then answers the page's events and sends what
/// changed, until the tab closes.
pub async fn run(mut vdom: VirtualDom, mut socket: WebSocket) -> Result<(), Ended> {
    let (to_page, mut outgoing) = mpsc::unbounded_channel::<String>();
    let scripts = Scripts::new(to_page);
    vdom.runtime().in_scope(ScopeId::ROOT, || {
        provide_context(scripts.clone());
        provide_context(Rc::new(PageDocument(scripts.clone())) as Rc<dyn Document>);
        provide_context(Rc::new(PageHistory::new(scripts.clone())) as Rc<dyn History>);
    });

    let mut edits = MutationState::default();
    vdom.rebuild(&mut edits);
    send_edits(&mut socket, &mut edits).await?;

    let mut heard = tokio::time::Instant::now();
    loop {
        tokio::select! {
            () = vdom.wait_for_work() => {}
            message = socket.recv() => {
                heard = tokio::time::Instant::now();
                match message {
                    Some(Ok(Message::Text(text))) => {
                        if text.as_str() == "__ping__" {
                            socket.send(frame(0, b"__pong__")).await?;
                        } else {
                            from_page(&mut vdom, &scripts, text.as_str());
                        }
                    }
                    Some(Ok(Message::Close(_))) | None => return Ok(()),
                    // A message the socket could not take (one larger than its limit), or
                    // a tab gone mid-message.
                    Some(Err(err)) => return Err(err.into()),
                    Some(Ok(_)) => {}
                }
            }
            () = tokio::time::sleep_until(heard + SILENT_TAB_ENDS) => return Err(Ended::Silent),
            Some(script) = outgoing.recv() => {
                let update = serde_json::json!({ "type": "query", "data": script });
                socket.send(frame(0, update.to_string().as_bytes())).await?;
            }
        }
        scripts.let_go(Instant::now());
        vdom.render_immediate(&mut edits);
        send_edits(&mut socket, &mut edits).await?;
    }
}

/// A frame for the page's glue: its first byte says edits (1) or text (0).
fn frame(kind: u8, body: &[u8]) -> Message {
    let mut bytes = Vec::with_capacity(body.len() + 1);
    bytes.push(kind);
    bytes.extend_from_slice(body);
    Message::Binary(bytes.into())
}

/// Sends the edits made since the last send, if there are any.
async fn send_edits(socket: &mut WebSocket, edits: &mut MutationState) -> Result<(), Ended> {
    let mut bytes = vec![1];
    edits.write_memory_into(&mut bytes);
    if bytes.len() > 1 {
        socket.send(Message::Binary(bytes.into())).await?;
    }
    Ok(())
}

/// What the page sends, other than pings.
#[derive(Deserialize)]
#[serde(tag = "method", content = "params")]
enum FromPage {
    #[serde(rename = "user_event")]
    Event(Box<HtmlEvent>),
    #[serde(rename = "script")]
    Script(ScriptMessage),
}

/// A running script's message to us, posted by the wrapper in [`Scripts::start`].
#[derive(Deserialize)]
struct ScriptMessage {
    id: u64,
    #[serde(default)]
    data: Value,
    /// What the message is: `send` (from `dioxus.send`), `done` (the script's result in
    /// `data`), or `failed` (what it threw, as text, in `data`).
    kind: String,
}

/// Hands one message from the page to the VirtualDom or to the script it belongs to.
/// Anything the page sends that is not ours to read is ignored, as the page is ours too.
fn from_page(vdom: &mut VirtualDom, scripts: &Scripts, text: &str) {
    match serde_json::from_str::<FromPage>(text) {
        Ok(FromPage::Event(event)) => {
            let HtmlEvent {
                element,
                name,
                bubbles,
                data,
            } = *event;
            let data: Rc<dyn Any> = match data {
                // A mounted element is one we can ask the page about (focus, scroll, size).
                EventData::Mounted => Rc::new(PlatformEventData::new(Box::new(PageElement {
                    id: element,
                    scripts: scripts.clone(),
                }))),
                other => other.into_any(),
            };
            vdom.runtime()
                .handle_event(&name, Event::new(data, bubbles), element);
        }
        Ok(FromPage::Script(message)) => scripts.received(message),
        Err(err) => tracing::debug!(%err, "a message from the page we do not read"),
    }
}

/// The scripts a tab is running in its page, and the way to start more.
#[derive(Clone)]
pub(super) struct Scripts {
    table: Rc<RefCell<Table>>,
    to_page: mpsc::UnboundedSender<String>,
}

/// The scripts still running, by id.
#[derive(Default)]
struct Table {
    next: u64,
    running: HashMap<u64, Running>,
    /// Scripts whose answer has been read, to be let go at the next turn of the loop (not
    /// while their handle is in use).
    read: Vec<u64>,
}

/// What we keep for a running script.
struct Running {
    /// Where its `dioxus.send` messages go.
    messages: mpsc::UnboundedSender<Value>,
    /// Where its answer goes, until it has come.
    answer: Option<oneshot::Sender<Result<Value, EvalError>>>,
    /// When its answer came.
    answered: Option<Instant>,
    /// For a script started through `eval`: the owner of its handle, so that removing this
    /// entry drops the handle too. The handle holds the table only weakly.
    owner: Option<Owner<UnsyncStorage>>,
}

/// A script started in the page: its id, and where its messages come.
struct Started {
    id: u64,
    messages: mpsc::UnboundedReceiver<Value>,
}

/// Where a script's answer comes: what it returned, or what it threw, as text.
type Answer = oneshot::Receiver<Result<Value, EvalError>>;

impl Scripts {
    fn new(to_page: mpsc::UnboundedSender<String>) -> Scripts {
        Scripts {
            table: Rc::default(),
            to_page,
        }
    }

    /// Starts `body` in the page as the body of an async function. Inside it,
    /// `dioxus.send(value)` sends us a message and `await dioxus.recv()` reads one of ours; what
    /// it returns, or throws, is its answer.
    fn start(&self, body: &str) -> (Started, Answer) {
        let (messages_in, messages) = mpsc::unbounded_channel();
        let (answer_in, answer) = oneshot::channel();
        let id = {
            let mut table = self.table.borrow_mut();
            let id = table.next;
            table.next += 1;
            table.running.insert(
                id,
                Running {
                    messages: messages_in,
                    answer: Some(answer_in),
                    answered: None,
                    owner: None,
                },
            );
            id
        };
        self.send_to_page(format!(
            r#"(() => {{
  const post = (kind, data) => window.ipc.postMessage(JSON.stringify({{ method: "script", params: {{ id: {id}, kind, data }} }}));
  const inbox = [];
  const waiting = [];
  (window.__mendInbox ??= {{}})[{id}] = (value) => waiting.length ? waiting.shift()(value) : inbox.push(value);
  const dioxus = {{
    send: (value) => post("send", value),
    recv: () => inbox.length ? Promise.resolve(inbox.shift()) : new Promise((resolve) => waiting.push(resolve)),
  }};
  (async () => {{ {body}
  }})().then(
    (result) => post("done", result === undefined ? null : result),
    (error) => post("failed", String(error)),
  ).catch((error) => post("failed", "its answer could not be sent: " + String(error)))
    .finally(() => delete window.__mendInbox[{id}]);
}})();"#
        ));
        (Started { id, messages }, answer)
    }

    /// Starts `body` in the page as an `eval`: the handle is owned by the script's entry, so
    /// letting the script go drops it.
    fn eval(&self, body: &str) -> Eval {
        let (started, answer) = self.start(body);
        let id = started.id;
        let owner = UnsyncStorage::owner();
        let handle = owner.insert(Box::new(PageScript {
            started,
            answer: Some(answer),
            table: Rc::downgrade(&self.table),
            to_page: self.to_page.clone(),
        }) as Box<dyn Evaluator>);
        if let Some(running) = self.table.borrow_mut().running.get_mut(&id) {
            running.owner = Some(owner);
        }
        Eval::new(handle)
    }

    /// Runs `body` in the page for its effect alone: nothing is kept for it.
    fn run(&self, body: &str) {
        self.send_to_page(format!("(() => {{ {body}\n}})();"));
    }

    /// Asks the page for one value, with nothing kept once it has come (or once the asker
    /// has stopped waiting).
    fn ask(&self, body: &str) -> impl Future<Output = Result<Value, EvalError>> + use<> {
        let (started, answer) = self.start(body);
        let forget = Forget {
            id: started.id,
            table: Rc::downgrade(&self.table),
        };
        async move {
            let answer = answer.await;
            drop(forget);
            // The page closed before it answered.
            answer.unwrap_or(Err(EvalError::Finished))
        }
    }

    fn send_to_page(&self, script: String) {
        // The receiver is the session's loop; once it has gone, so has the page.
        let _ = self.to_page.send(script);
    }

    /// A message from a running script.
    fn received(&self, message: ScriptMessage) {
        let mut table = self.table.borrow_mut();
        let Some(running) = table.running.get_mut(&message.id) else {
            return;
        };
        match message.kind.as_str() {
            "send" => {
                let _ = running.messages.send(message.data);
            }
            "done" | "failed" => {
                let answer = if message.kind == "done" {
                    Ok(message.data)
                } else {
                    Err(EvalError::InvalidJs(
                        message
                            .data
                            .as_str()
                            .unwrap_or("the script failed")
                            .to_owned(),
                    ))
                };
                if let Some(sender) = running.answer.take() {
                    let _ = sender.send(answer);
                }
                running.answered = Some(Instant::now());
            }
            _ => {}
        }
    }

    /// Lets go of the scripts whose answer has been read, and of those that answered long
    /// ago with nobody reading. A script that is still running is kept, however old.
    fn let_go(&self, now: Instant) {
        let gone: Vec<Running> = {
            let mut table = self.table.borrow_mut();
            let Table { running, read, .. } = &mut *table;
            let mut gone: Vec<Running> = read
                .drain(..)
                .filter_map(|id| running.remove(&id))
                .collect();
            let stale: Vec<u64> = running
                .iter()
                .filter(|(_, r)| r.answered.is_some_and(|at| now - at >= UNREAD_ANSWER_KEPT))
                .map(|(id, _)| *id)
                .collect();
            gone.extend(stale.into_iter().filter_map(|id| running.remove(&id)));
            gone
        };
        // Dropped here, outside the table's borrow: dropping an owner drops the handle.
        drop(gone);
    }

    /// How many scripts are kept (for the tests).
    #[cfg(test)]
    fn kept(&self) -> usize {
        self.table.borrow().running.len()
    }
}

/// Removes an asked question's entry when its asker is done with it.
struct Forget {
    id: u64,
    table: Weak<RefCell<Table>>,
}

impl Drop for Forget {
    fn drop(&mut self) {
        if let Some(table) = self.table.upgrade() {
            table.borrow_mut().running.remove(&self.id);
        }
    }
}

/// The handle behind an `eval`.
struct PageScript {
    started: Started,
    /// Its answer, until it has been read.
    answer: Option<oneshot::Receiver<Result<Value, EvalError>>>,
    table: Weak<RefCell<Table>>,
    to_page: mpsc::UnboundedSender<String>,
}

impl Evaluator for PageScript {
    fn poll_join(&mut self, cx: &mut Context<'_>) -> Poll<Result<Value, EvalError>> {
        // An `Eval` can be copied and joined twice: the second join hears it has finished.
        let Some(waiting) = self.answer.as_mut() else {
            return Poll::Ready(Err(EvalError::Finished));
        };
        let answer = match Pin::new(waiting).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Ok(answer)) => answer,
            Poll::Ready(Err(_)) => Err(EvalError::Finished),
        };
        self.answer = None;
        if let Some(table) = self.table.upgrade() {
            table.borrow_mut().read.push(self.started.id);
        }
        Poll::Ready(answer)
    }

    fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Result<Value, EvalError>> {
        self.started
            .messages
            .poll_recv(cx)
            .map(|message| message.ok_or(EvalError::Finished))
    }

    fn send(&self, data: Value) -> Result<(), EvalError> {
        let id = self.started.id;
        self.to_page
            .send(format!("window.__mendInbox?.[{id}]?.({data});"))
            .map_err(|_| EvalError::Finished)
    }
}

/// The page's document: scripts, and the title and head.
struct PageDocument(Scripts);

impl Document for PageDocument {
    fn eval(&self, js: String) -> Eval {
        self.0.eval(&js)
    }

    fn set_title(&self, title: String) {
        let scripts = self.0.clone();
        dioxus::core::queue_effect(move || {
            scripts.run(&format!("document.title = {};", Value::from(title)));
        });
    }

    fn create_head_element(
        &self,
        name: &str,
        attributes: &[(&str, String)],
        contents: Option<String>,
    ) {
        let script = dioxus::document::create_element_in_head(name, attributes, contents);
        let scripts = self.0.clone();
        dioxus::core::queue_effect(move || scripts.run(&script));
    }
}

/// An element on the page, as an `onmounted` handler sees it.
#[derive(Clone)]
pub(super) struct PageElement {
    id: ElementId,
    scripts: Scripts,
}

impl PageElement {
    /// Asks the page for `expression` (JavaScript, about this element, through the page's
    /// interpreter); `false` or nothing back means it could not.
    fn ask<T: serde::de::DeserializeOwned + 'static>(
        &self,
        expression: String,
    ) -> Pin<Box<dyn Future<Output = MountedResult<T>>>> {
        let asked = self.scripts.ask(&format!("return {expression};"));
        Box::pin(async move {
            let value = asked
                .await
                .map_err(|e| MountedError::OperationFailed(Box::new(PageError(e.to_string()))))?;
            let value = match value {
                Value::Bool(false) | Value::Null => None,
                Value::Bool(true) => Some(Value::Null),
                other => Some(other),
            };
            value
                .ok_or_else(|| {
                    MountedError::OperationFailed(Box::new(PageError("not on the page".into())))
                })
                .and_then(|v| {
                    serde_json::from_value(v).map_err(|e| {
                        MountedError::OperationFailed(Box::new(PageError(e.to_string())))
                    })
                })
        })
    }
}

impl RenderedElementBacking for PageElement {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_client_rect(&self) -> Pin<Box<dyn Future<Output = MountedResult<PixelsRect>>>> {
        self.ask(format!("window.interpreter.getClientRect({})", self.id.0))
    }

    fn scroll_to(
        &self,
        options: ScrollToOptions,
    ) -> Pin<Box<dyn Future<Output = MountedResult<()>>>> {
        let options = serde_json::to_string(&options).unwrap_or_else(|_| "{}".into());
        self.ask(format!(
            "window.interpreter.scrollTo({}, {options})",
            self.id.0
        ))
    }

    fn set_focus(&self, focus: bool) -> Pin<Box<dyn Future<Output = MountedResult<()>>>> {
        // The interpreter's setFocus returns nothing; whether the element is there is asked.
        self.ask(format!(
            "window.interpreter.nodes[{id}] instanceof HTMLElement && (window.interpreter.setFocus({id}, {focus}), true)",
            id = self.id.0
        ))
    }
}

/// What went wrong asking the page about an element.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct PageError(String);

/// The tab's history, kept in step with the browser's: the route the page opened at, its
/// back and forward buttons, and the router's pushes and replaces.
struct PageHistory {
    scripts: Scripts,
    state: Rc<RefCell<Place>>,
    /// Called when the route changes from the page's side, so the router renders it.
    updater: Rc<RefCell<Arc<dyn Fn() + Send + Sync>>>,
}

/// Where the tab is in the browser's history: its route, and its entry's index among ours.
struct Place {
    route: String,
    index: usize,
    /// The highest index this tab has pushed, for going forward.
    last: usize,
}

impl PageHistory {
    /// Starts at `/` and, once the page has said where it is, moves there; then follows the
    /// browser's back and forward. Must be called in the tab's runtime.
    fn new(scripts: Scripts) -> PageHistory {
        let state = Rc::new(RefCell::new(Place {
            route: "/".into(),
            index: 0,
            last: 0,
        }));
        let updater: Rc<RefCell<Arc<dyn Fn() + Send + Sync>>> =
            Rc::new(RefCell::new(Arc::new(|| {})));
        // Each entry of ours carries its index in its state. An entry without one is new
        // (a link to a place on the page, such as the skip link): it is numbered next.
        let listener = scripts.eval(
            r#"const here = () => location.pathname + location.search + location.hash;
  const place = (state) => Number.isInteger(state?.mend) ? state.mend : null;
  window.__mendPlace = place(history.state) ?? 0;
  history.replaceState({ mend: window.__mendPlace }, "");
  dioxus.send([here(), window.__mendPlace]);
  addEventListener("popstate", (event) => {
    let index = place(event.state);
    if (index === null) {
      index = window.__mendPlace + 1;
      history.replaceState({ mend: index }, "");
    }
    window.__mendPlace = index;
    dioxus.send([here(), index]);
  });
  await new Promise(() => {});"#,
        );
        spawn({
            let state = Rc::clone(&state);
            let updater = Rc::clone(&updater);
            let mut listener = listener;
            async move {
                // Never answers, so it is kept for as long as the tab is open.
                loop {
                    let (route, index) = match listener.recv::<(String, usize)>().await {
                        Ok(moved) => moved,
                        Err(EvalError::Finished) => break,
                        Err(err) => {
                            tracing::debug!(%err, "a history message we do not read");
                            continue;
                        }
                    };
                    {
                        let mut place = state.borrow_mut();
                        place.route = route;
                        place.index = index;
                        place.last = place.last.max(index);
                    }
                    let update = Arc::clone(&updater.borrow());
                    update();
                }
            }
        });
        PageHistory {
            scripts,
            state,
            updater,
        }
    }

    /// Moves the page's address to `route`, as a new entry or in place of this one.
    fn go_to(&self, route: String, push: bool) {
        let index = {
            let mut place = self.state.borrow_mut();
            if push {
                place.index += 1;
                place.last = place.index;
            }
            place.route = route.clone();
            place.index
        };
        let how = if push { "pushState" } else { "replaceState" };
        self.scripts.run(&format!(
            "history.{how}({{ mend: {index} }}, \"\", {}); window.__mendPlace = {index};",
            Value::from(route)
        ));
    }
}

impl History for PageHistory {
    fn current_route(&self) -> String {
        self.state.borrow().route.clone()
    }

    fn can_go_back(&self) -> bool {
        self.state.borrow().index > 0
    }

    fn go_back(&self) {
        self.scripts.run("history.back();");
    }

    fn can_go_forward(&self) -> bool {
        let place = self.state.borrow();
        place.index < place.last
    }

    fn go_forward(&self) {
        self.scripts.run("history.forward();");
    }

    fn push(&self, route: String) {
        self.go_to(route, true);
    }

    fn replace(&self, route: String) {
        self.go_to(route, false);
    }

    fn external(&self, url: String) -> bool {
        self.scripts
            .run(&format!("location.href = {};", Value::from(url)));
        true
    }

    fn updater(&self, callback: Arc<dyn Fn() + Send + Sync>) {
        *self.updater.borrow_mut() = callback;
    }

    fn include_prevent_default(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scripts() -> (Scripts, mpsc::UnboundedReceiver<String>) {
        let (to_page, outgoing) = mpsc::unbounded_channel();
        (Scripts::new(to_page), outgoing)
    }

    fn answer(scripts: &Scripts, id: u64, kind: &str, data: Value) {
        scripts.received(ScriptMessage {
            id,
            data,
            kind: kind.into(),
        });
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn a_closed_tab_lets_go_of_every_script_it_ran() {
        let (scripts, _outgoing) = scripts();
        let table = Rc::downgrade(&scripts.table);
        // One still running (a listener), one answered but never read.
        let _listening = scripts.eval("await new Promise(() => {});");
        let _unread = scripts.eval("return 1;");
        answer(&scripts, 1, "done", Value::from(1));
        assert_eq!(scripts.kept(), 2);
        drop(scripts);
        assert!(
            table.upgrade().is_none(),
            "the scripts' table outlived the tab: a handle holds it"
        );
    }

    #[test]
    fn a_read_answer_is_let_go_at_the_next_turn_and_an_unread_one_later() {
        let (scripts, mut outgoing) = scripts();
        let read = scripts.eval("return 40 + 2;");
        let _unread = scripts.eval("return 'later';");
        let _running = scripts.eval("await new Promise(() => {});");
        assert!(outgoing.try_recv().unwrap().contains("return 40 + 2;"));
        answer(&scripts, 0, "done", Value::from(42));
        answer(&scripts, 1, "done", Value::from("later"));
        assert_eq!(block_on(read.join::<i64>()).unwrap(), 42);
        // An `Eval` is a copy: joined again, it has finished, and nothing panics.
        assert!(matches!(
            block_on(read.join::<i64>()),
            Err(EvalError::Finished)
        ));
        let now = Instant::now();
        scripts.let_go(now);
        assert_eq!(
            scripts.kept(),
            2,
            "the read answer is let go, the others kept"
        );
        scripts.let_go(now + UNREAD_ANSWER_KEPT);
        assert_eq!(scripts.kept(), 1, "an unread answer is let go in time");
        scripts.let_go(now + UNREAD_ANSWER_KEPT * 100);
        assert_eq!(
            scripts.kept(),
            1,
            "a running script is kept as long as the tab"
        );
    }

    #[test]
    fn a_script_that_throws_answers_with_what_it_threw() {
        let (scripts, _outgoing) = scripts();
        let failing = scripts.eval("throw new Error('no');");
        answer(&scripts, 0, "failed", Value::from("Error: no"));
        match block_on(failing.join::<Value>()) {
            Err(EvalError::InvalidJs(why)) => assert_eq!(why, "Error: no"),
            other => panic!("expected the script's error, got {other:?}"),
        }
    }

    #[test]
    fn messages_reach_a_running_script_in_order_and_a_question_is_forgotten_once_answered() {
        let (scripts, _outgoing) = scripts();
        let mut listening = scripts.eval("dioxus.send(1); dioxus.send(2);");
        answer(&scripts, 0, "send", Value::from(1));
        answer(&scripts, 0, "send", Value::from(2));
        assert_eq!(block_on(listening.recv::<i64>()).unwrap(), 1);
        assert_eq!(block_on(listening.recv::<i64>()).unwrap(), 2);

        let asked = scripts.ask("return true;");
        assert_eq!(scripts.kept(), 2);
        answer(&scripts, 1, "done", Value::Bool(true));
        assert_eq!(block_on(asked).unwrap(), Value::Bool(true));
        assert_eq!(scripts.kept(), 1, "an answered question keeps nothing");
        // A message for a script that has gone is dropped quietly.
        answer(&scripts, 1, "send", Value::Null);
    }
}
