//! The coach's state: the stored document in a signal, shared through context. What is kept and
//! how is decided by `stc_core::coach` (the keeper, the document's rules, the API's answers);
//! this module sends the requests and mirrors the outcomes into signals.

use leptos::prelude::*;
use stc_core::Language;
use stc_core::coach::api::{
    FetchProblem, ItemList, RegisterProblem, RegisterRequest, Registered, fetch_problem,
    register_problem,
};
use stc_core::coach::caseload::{self, Shared, open_all};
use stc_core::coach::document::{Backup, CoachDocument, CoachIdentity, ImportRefused, ListOrder};
use stc_core::coach::identity_file::{self, ImportError, KdfCost, PassphraseProblem};
use stc_core::coach::store::{CoachKeeper, CoachNotice};
use stc_core::seal::SecretKey;
use stc_i18n::i18n::use_i18n;
use stc_ui::locale_of;

use crate::platform::storage::BrowserStorage;
use crate::platform::{browser, files};

/// Where fetching the list stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// Not asked yet since the app opened.
    NotYet,
    Busy,
    Done,
    Failed(FetchProblem),
}

/// Why making the file to move to another device did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportProblem {
    Passphrase(PassphraseProblem),
    /// No identity here yet, or the file could not be made or handed over.
    Failed(String),
}

/// Why a move from another device did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    NoFile,
    File(ImportError),
    Refused(ImportRefused),
    NotSaved(CoachNotice),
}

/// The shared state. `Copy`, so any component can hold it.
#[derive(Clone, Copy)]
pub struct CoachState {
    document: RwSignal<CoachDocument>,
    notice: RwSignal<Option<CoachNotice>>,
    keeper: StoredValue<CoachKeeper>,
    fetch: RwSignal<Fetch>,
    language: Memo<Language>,
    shared: Memo<Vec<Shared>>,
}

impl CoachState {
    pub fn identity(&self) -> Signal<Option<CoachIdentity>> {
        let document = self.document;
        Signal::derive(move || document.with(|d| d.identity.clone()))
    }

    pub fn has_identity(&self) -> Signal<bool> {
        let document = self.document;
        Signal::derive(move || document.with(|d| d.identity.is_some()))
    }

    pub fn notice(&self) -> Signal<Option<CoachNotice>> {
        self.notice.into()
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    pub fn fetch(&self) -> Signal<Fetch> {
        self.fetch.into()
    }

    pub fn fetched_at(&self) -> Signal<Option<String>> {
        let document = self.document;
        Signal::derive(move || document.with(|d| d.fetched_at.clone()))
    }

    pub fn language(&self) -> Signal<Language> {
        self.language.into()
    }

    /// Every youngster's share, opened, in the order the coach chose.
    pub fn shared(&self) -> Signal<Vec<Shared>> {
        self.shared.into()
    }

    pub fn order(&self) -> Signal<ListOrder> {
        let document = self.document;
        Signal::derive(move || document.with(|d| d.order))
    }

    pub fn set_order(&self, order: ListOrder) {
        let _ = self.change(|d| d.order = order);
    }

    /// Whether this share was sent again, or first, since the coach last opened it.
    pub fn changed_since_seen(&self, shared: &Shared) -> bool {
        self.document
            .with(|d| caseload::changed_since_seen(shared, &d.seen))
    }

    /// The coach opened this share: it no longer counts as changed.
    pub fn mark_seen(&self, item_id: &str) {
        let sent = self.shared.with_untracked(|all| {
            all.iter()
                .find(|s| s.item_id == item_id)
                .map(|s| s.sent.clone())
        });
        let Some(sent) = sent else { return };
        let already = self
            .document
            .with_untracked(|d| d.seen.get(item_id) == Some(&sent));
        if !already {
            let _ = self.change(|d| d.mark_seen(item_id, &sent));
        }
    }

    pub fn note(&self, item_id: String) -> Signal<String> {
        let document = self.document;
        Signal::derive(move || {
            document.with(|d| d.notes.get(&item_id).cloned().unwrap_or_default())
        })
    }

    /// Makes a change by the keeper's rules; whether it was saved (the notice says why not).
    fn change<T>(&self, change: impl FnOnce(&mut CoachDocument) -> T) -> Result<T, CoachNotice> {
        let outcome = self
            .keeper
            .try_update_value(|keeper| {
                keeper.change(&BrowserStorage, browser::now_millis(), change)
            })
            .unwrap_or(Err(CoachNotice::Newer));
        self.mirror();
        if let Err(notice) = &outcome {
            self.notice.set(Some(notice.clone()));
        }
        outcome
    }

    fn mirror(&self) {
        self.keeper.with_value(|keeper| {
            if self
                .document
                .with_untracked(|shown| shown != keeper.document())
            {
                self.document.set(keeper.document().clone());
            }
        });
    }

    pub fn set_language(&self, language: Language) {
        let _ = self.change(|d| d.language = Some(language));
    }

    pub fn set_note(&self, item_id: &str, note: &str) -> bool {
        self.change(|d| d.set_note(item_id, note)).is_ok()
    }

    /// Makes the key pair here, registers its public key and keeps the identity.
    pub async fn register(
        &self,
        name: String,
        token: Option<String>,
    ) -> Result<(), RegisterProblem> {
        let secret = SecretKey::generate();
        let public_key = stc_core::coach::document::base64(&secret.public_key().to_bytes());
        let request = RegisterRequest::coach(&name, public_key, token.as_deref());
        let body = serde_json::to_string(&request).expect("a request always serialises");
        // No answer at all reads as status 0: offline.
        let answer = stc_web::mailbox::register(&body).await.unwrap_or_default();
        if !answer.is_success() {
            return Err(register_problem(
                answer.status,
                &answer.body,
                request.registration_token.is_some(),
            ));
        }
        let registered: Registered = serde_json::from_str(&answer.body)
            .map_err(|e| RegisterProblem::Refused(e.to_string()))?;
        let identity = CoachIdentity::new(
            &request.display_name,
            registered,
            browser::origin(),
            &secret,
        );
        self.change(move |d| d.identity = Some(identity))
            .map_err(|_| RegisterProblem::Refused("this browser keeps nothing".into()))
    }

    /// Fetches the list; a failure keeps the summaries already here.
    pub async fn refresh(&self) {
        let Some(identity) = self.document.with_untracked(|d| d.identity.clone()) else {
            return;
        };
        self.fetch.set(Fetch::Busy);
        let answer = stc_web::mailbox::list_items(&identity.code, &identity.owner_secret)
            .await
            .unwrap_or_default();
        if !answer.is_success() {
            self.fetch
                .set(Fetch::Failed(fetch_problem(answer.status, &answer.body)));
            return;
        }
        match serde_json::from_str::<ItemList>(&answer.body) {
            Ok(list) => {
                let now = browser::now_iso();
                let saved = self.change(move |d| d.take_fetched(list.items, now));
                self.fetch.set(match saved {
                    Ok(()) => Fetch::Done,
                    Err(_) => Fetch::Failed(FetchProblem::Other("not saved".into())),
                });
            }
            Err(error) => self
                .fetch
                .set(Fetch::Failed(FetchProblem::Other(error.to_string()))),
        }
    }

    /// Locks the identity and the notes with `passphrase` and hands over the file.
    pub async fn export(&self, passphrase: String, again: String) -> Result<(), ExportProblem> {
        identity_file::check_passphrase(&passphrase, &again).map_err(ExportProblem::Passphrase)?;
        let Some(backup) = self.document.with_untracked(CoachDocument::backup) else {
            return Err(ExportProblem::Failed("nothing".into()));
        };
        // Argon2 takes a moment: let the page show that it is busy first.
        browser::next_frame().await;
        let text = identity_file::export(&backup, &passphrase, KdfCost::RECOMMENDED)
            .map_err(|e| ExportProblem::Failed(e.to_string()))?;
        files::download(&backup_file_name(&backup), "application/json", &text)
            .map_err(ExportProblem::Failed)
    }

    /// Reads a file from another device and takes it in; nothing changes when it fails.
    pub async fn import(
        &self,
        input: web_sys::HtmlInputElement,
        passphrase: String,
    ) -> Result<(), ImportProblem> {
        let text = files::read_chosen_text(&input)
            .await
            .map_err(|_| ImportProblem::NoFile)?;
        browser::next_frame().await;
        let backup = identity_file::import(&text, &passphrase).map_err(ImportProblem::File)?;
        let origin = browser::origin();
        // `take_in` changes nothing when it refuses.
        self.change(|d| d.take_in(backup, &origin))
            .map_err(ImportProblem::NotSaved)?
            .map_err(ImportProblem::Refused)
    }

    /// Takes what another tab saved.
    fn pick_up_saved(&self) {
        let notice = self
            .keeper
            .try_update_value(|keeper| keeper.pick_up(&BrowserStorage, browser::now_millis()))
            .flatten();
        self.mirror();
        if notice.is_some() {
            self.notice.set(notice);
        }
    }
}

fn backup_file_name(backup: &Backup) -> String {
    format!("start-to-can-coach-{}.json", backup.identity.code)
}

/// Loads the stored document, provides the [`CoachState`], and keeps the language and other tabs
/// in step with it.
pub fn provide_coach_state() -> CoachState {
    let (keeper, notice) = CoachKeeper::open(&BrowserStorage, browser::now_millis());
    let document = RwSignal::new(keeper.document().clone());
    let browser_languages = browser::preferred_languages();
    let items = Memo::new(move |_| document.with(|d| (d.identity.clone(), d.items.clone())));
    // The list's order moves when the coach chooses it or opens a share, not with each note.
    // Opened (unsealed, inflated, read) only when the items change; sorting does not open again.
    let opened = Memo::new(move |_| {
        items.with(|(identity, items)| {
            let secret = identity.as_ref().and_then(|i| i.secret().ok());
            secret.map(|s| open_all(&s, items)).unwrap_or_default()
        })
    });
    let order = Memo::new(move |_| {
        document.with(|d| {
            (
                d.order,
                (d.order == ListOrder::ChangedFirst).then(|| d.seen.clone()),
            )
        })
    });
    let state = CoachState {
        document,
        notice: RwSignal::new(notice),
        keeper: StoredValue::new(keeper),
        fetch: RwSignal::new(Fetch::NotYet),
        language: Memo::new(move |_| {
            document
                .with(|d| d.language)
                .unwrap_or_else(|| Language::from_browser(&browser_languages))
        }),
        shared: Memo::new(move |_| {
            let mut shared = opened.get();
            order.with(|(order, seen)| {
                let none_seen = Default::default();
                caseload::sort(&mut shared, *order, seen.as_ref().unwrap_or(&none_seen));
            });
            shared
        }),
    };
    provide_context(state);
    let i18n = use_i18n();
    // The provider sets `<html lang>` with the locale.
    Effect::new(move |_| i18n.set_locale(locale_of(state.language.get())));
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none()
            || event.key().as_deref() == Some(stc_core::coach::document::COACH_STORAGE_KEY)
        {
            state.pick_up_saved();
        }
    });
    on_cleanup(move || listener.remove());
    state
}

pub fn use_coach() -> CoachState {
    expect_context::<CoachState>()
}
