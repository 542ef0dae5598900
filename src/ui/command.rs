//! The one way the UI writes: [`use_command`], on Dioxus's own `use_action`.
//!
//! A screen hands it a store command (`|s| s.ask_of_pause(Some(id), ask, &now)`); it runs
//! off the UI thread, one at a time, and the screen reads whether it is busy, the error in
//! people's words (chosen in [`super::errors`]) and the command's result. Once a command
//! has written, the shared version moves, so every screen showing the data loads it again.

use tokio::sync::oneshot;

use dioxus::CapturedError;
use dioxus::core::{Runtime, current_scope_id};
use dioxus::prelude::*;

use super::Db;
use super::context::{Shared, use_db, use_shared};
use super::errors::Told;
use crate::domain::{Name, Named, Undo};
use crate::platform;
use crate::store::{NamedKind, Settings, Store};

/// A store command as the action runs it: its result goes back to its caller on a channel
/// of its own, so each caller gets its own type.
type Job = Box<dyn FnOnce(&mut Store) -> Result<(), CapturedError> + Send>;

/// The write handle of one screen or component. It is `Copy`, so every handler of a
/// screen can hold it.
#[derive(Clone, Copy)]
pub struct Command {
    action: Action<(Job,), ()>,
    shared: Shared,
    /// A problem found before writing (a field to fix), in words.
    refused: Signal<Option<String>>,
    /// Set from the moment a command is handed over until its result is back, read without
    /// subscribing (a command may be asked for inside a resource, which must not run again
    /// when the action's state moves). `use_action` marks itself pending only once its task
    /// first runs, and a second call before then would cancel the first: two quick taps
    /// make one write.
    taken: CopyValue<bool>,
}

/// A [`Command`] for one screen or component.
pub fn use_command() -> Command {
    let db = use_db();
    let db = use_hook(|| CopyValue::new(db));
    let action = use_action(move |job: Job| {
        let db: Db = db.peek().clone();
        async move { db.run(job).await }
    });
    Command {
        action,
        shared: use_shared(),
        refused: use_signal(|| None),
        taken: use_hook(|| CopyValue::new(false)),
    }
}

/// The app's own command, which lasts as long as the open app: for saving what a screen
/// leaves behind as it closes, when the screen's own command goes with it.
#[derive(Clone, Copy)]
pub struct Lasting {
    command: Command,
    /// The scope that owns it, where its work runs.
    scope: ScopeId,
}

/// Makes the app's lasting command; called once, by the root of the open app.
pub fn provide_lasting_command() {
    let command = use_command();
    let scope = current_scope_id();
    use_context_provider(|| Lasting { command, scope });
}

/// The app's lasting command (see [`provide_lasting_command`]).
pub fn use_lasting_command() -> Lasting {
    use_context::<Lasting>()
}

impl Lasting {
    /// Runs `command` once any command under way is done, in the scope that owns the lasting
    /// command, so it goes on after the screen that asked has gone. Once it has written, the
    /// version moves, so the screen shown next has it. A failure is logged.
    pub fn leave<T, E, F>(self, command: F)
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let lasting = self.command;
        Runtime::current().spawn(self.scope, async move {
            if lasting.in_turn(command).await.is_some() {
                lasting.shared.changed();
            }
        });
    }
}

impl Command {
    /// Whether a command is under way: from the moment it is handed over (the action
    /// redraws the screen once its task runs).
    pub fn busy(&self) -> bool {
        self.action.pending() || *self.taken.peek()
    }

    /// The words for the last command that failed, or for a problem found before writing.
    pub fn error(&self) -> Option<String> {
        if let Some(refused) = (self.refused)() {
            return Some(refused);
        }
        match self.action.value() {
            Some(Err(failed)) => Some(failed.told_in((self.shared.lang)())),
            _ => None,
        }
    }

    /// Shows a problem found before writing (a field to fix); nothing is written.
    pub fn refuse(mut self, message: impl Into<String>) {
        self.refused.set(Some(message.into()));
    }

    /// Takes the message away (the person is fixing it).
    pub fn clear(mut self) {
        if self.refused.peek().is_some() {
            self.refused.set(None);
        }
        if matches!(self.action.value(), Some(Err(_))) {
            self.action.reset();
        }
    }

    /// Runs `command` on the store. Gives its result once it is written, or `None` when it
    /// failed (its error is kept to show) or another command of this screen is under way.
    pub async fn run<T, E, F>(self, command: F) -> Option<T>
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let done = self.call(command).await;
        if done.is_some() {
            self.shared.changed();
        }
        done
    }

    /// As [`Command::run`], without moving the shared version: for saving what is typed as
    /// it is typed (the repair's autosave), where nothing else on screen changes.
    pub async fn quietly<T, E, F>(self, command: F) -> Option<T>
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        self.call(command).await
    }

    /// As [`Command::quietly`], but waiting its turn behind a command under way rather than
    /// refused: for what a screen leaves behind as it closes, through the lasting command.
    async fn in_turn<T, E, F>(self, command: F) -> Option<T>
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        while self.is_taken() {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.call(command).await
    }

    /// Whether a command has been handed over and has not finished.
    fn is_taken(&self) -> bool {
        *self.taken.peek()
    }

    /// As [`Command::run`], then says `message` in the toast, with Undo if there is one.
    pub async fn say<T, E, F>(
        self,
        command: F,
        message: impl Into<String>,
        undo: Option<Undo>,
    ) -> Option<T>
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let done = self.run(command).await;
        if done.is_some() {
            self.shared.say(message, undo);
        }
        done
    }

    /// Changes the settings: `change` is applied to a copy, which is saved, then shown
    /// everywhere (the theme, the reminder). Says `said` once saved, if given. Whether it
    /// was saved.
    pub async fn settings(self, change: impl FnOnce(&mut Settings), said: Option<&str>) -> bool {
        let mut settings = self.shared.settings;
        let mut next = settings.peek().clone();
        change(&mut next);
        let kept = next.clone();
        let saved = self.call(move |s| s.save_settings(&kept)).await.is_some();
        if saved {
            settings.set(next);
            if let Some(said) = said {
                self.shared.say(said, None);
            }
        }
        saved
    }

    /// Adds a part or a person by the name typed (or finds the one already there); a name
    /// that can't be kept is refused with its reason.
    pub async fn add_name<K>(self, typed: &str) -> Option<Named<K::Id>>
    where
        K: NamedKind + 'static,
        K::Id: Send,
    {
        let name = match Name::parse(typed) {
            Ok(name) => name,
            Err(e) => {
                self.refuse(e.said(*self.shared.lang.peek()));
                return None;
            }
        };
        let now = platform::now();
        self.run(move |s| s.add::<K>(&name, &now)).await
    }

    /// The command itself, through the action: one at a time, busy while it runs, its
    /// error kept.
    async fn call<T, E, F>(mut self, command: F) -> Option<T>
    where
        T: Send + 'static,
        E: Into<CapturedError> + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        if self.is_taken() {
            return None;
        }
        self.taken.set(true);
        if self.refused.peek().is_some() {
            self.refused.set(None);
        }
        let (give, take) = oneshot::channel();
        let job: Job = Box::new(move |s| {
            let value = command(s).map_err(Into::into)?;
            // The caller may have gone (the screen closed); what was written stays written.
            let _ = give.send(value);
            Ok(())
        });
        self.action.call(job).await;
        self.taken.set(false);
        take.await.ok()
    }
}
