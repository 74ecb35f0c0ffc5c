//! `/coach/device`: moving to another device. A backup file of the identity and the notes,
//! locked with a passphrase (`stc_core::coach::identity_file`), and opening one here. A wrong
//! passphrase or a damaged file says so and changes nothing.

use leptos::html;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use stc_core::coach::document::ImportRefused;
use stc_core::coach::identity_file::{ImportError, PassphraseProblem};
use stc_i18n::i18n::*;

use crate::state::{ExportProblem, ImportProblem, use_coach};

/// The warning, making a backup (with an identity) and opening one.
#[component]
pub fn OtherDevice() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    view! {
        <section class="page device">
            <Show when=move || !coach.has_identity().get()>
                <A href="/coach/" exact=true attr:class="crumb">{t!(i18n, coach_app.device.back)}</A>
            </Show>
            <h1>{t!(i18n, coach_app.device.title)}</h1>
            <p class="lead">{t!(i18n, coach_app.device.intro)}</p>
            <p class="notice warning-line">{t!(i18n, coach_app.device.warning)}</p>
            <Show when=move || coach.has_identity().get()>
                <MakeBackup />
            </Show>
            <OpenBackup />
        </section>
    }
}

#[component]
fn MakeBackup() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<(), ExportProblem>>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = coach
                .export(passphrase.get_untracked(), again.get_untracked())
                .await;
            if result.is_ok() {
                passphrase.set(String::new());
                again.set(String::new());
            }
            outcome.set(Some(result));
            busy.set(false);
        });
    };
    let message = move || {
        outcome.get().map(|result| match result {
            Ok(()) => t_string!(i18n, coach_app.device.exported).to_owned(),
            Err(ExportProblem::Passphrase(PassphraseProblem::TooShort(_))) => {
                t_string!(i18n, coach_app.device.too_short).to_owned()
            }
            Err(ExportProblem::Passphrase(PassphraseProblem::NotTheSame)) => {
                t_string!(i18n, coach_app.device.not_same).to_owned()
            }
            Err(ExportProblem::Failed(why)) => {
                t_string!(i18n, coach_app.device.failed).replace("{reason}", &why)
            }
        })
    };
    let failed = move || matches!(outcome.get(), Some(Err(_)));
    view! {
        <form class="card coach-form" aria-labelledby="export-title" on:submit=submit novalidate>
            <h2 id="export-title">{t!(i18n, coach_app.device.export_title)}</h2>
            <Passphrase label=t!(i18n, coach_app.device.passphrase) value=passphrase new=true help="passphrase-help" />
            <p id="passphrase-help" class="help">{t!(i18n, coach_app.device.passphrase_help)}</p>
            <Passphrase label=t!(i18n, coach_app.device.again) value=again new=true />
            <p class:error=failed class:done-line=move || !failed() role="status">{message}</p>
            <button type="submit" class="button primary wide" disabled=busy>
                {move || if busy.get() { t_string!(i18n, coach_app.welcome.busy) } else { t_string!(i18n, coach_app.device.export) }}
            </button>
        </form>
    }
}

#[component]
fn OpenBackup() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let navigate = use_navigate();
    let file = NodeRef::<html::Input>::new();
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<ImportProblem>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(input) = file.get_untracked() else {
            return;
        };
        busy.set(true);
        problem.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match coach.import(input, passphrase.get_untracked()).await {
                Ok(()) => navigate("/coach/", Default::default()),
                Err(why) => problem.set(Some(why)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card coach-form" aria-labelledby="import-title" on:submit=submit novalidate>
            <h2 id="import-title">{t!(i18n, coach_app.device.import_title)}</h2>
            <label class="field">
                <span>{t!(i18n, coach_app.device.file)}</span>
                <input type="file" accept=".json,application/json" node_ref=file />
            </label>
            <Passphrase label=t!(i18n, coach_app.device.import_passphrase) value=passphrase />
            <p class="error" role="alert">{move || problem.get().map(|p| problem_text(i18n, &p))}</p>
            <button type="submit" class="button primary wide" disabled=busy>
                {move || if busy.get() { t_string!(i18n, coach_app.welcome.busy) } else { t_string!(i18n, coach_app.device.import) }}
            </button>
        </form>
    }
}

/// A passphrase field: a new one (the browser may offer to make one up) or the one to open with.
#[component]
fn Passphrase(
    label: impl IntoView + 'static,
    value: RwSignal<String>,
    #[prop(optional)] new: bool,
    /// The id of the help line under it.
    #[prop(optional)]
    help: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="password"
                autocomplete=if new { "new-password" } else { "current-password" }
                aria-describedby=help
                prop:value=value
                on:input=move |event| value.set(event_target_value(&event))
            />
        </label>
    }
}

fn problem_text(i18n: I18nContext<Locale>, problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::NoFile => t_string!(i18n, coach_app.device.no_file).to_owned(),
        ImportProblem::File(ImportError::NotAnIdentityFile) => {
            t_string!(i18n, coach_app.device.not_a_file).to_owned()
        }
        ImportProblem::File(ImportError::NewerVersion(_)) => {
            t_string!(i18n, coach_app.device.newer).to_owned()
        }
        ImportProblem::File(ImportError::Damaged(_)) => {
            t_string!(i18n, coach_app.device.damaged).to_owned()
        }
        ImportProblem::File(ImportError::WrongPassphrase) => {
            t_string!(i18n, coach_app.device.wrong_passphrase).to_owned()
        }
        ImportProblem::Refused(ImportRefused::AnotherCoach(name)) => {
            t_string!(i18n, coach_app.device.another_coach).replace("{name}", name)
        }
        ImportProblem::Refused(ImportRefused::OtherServer(server)) => {
            t_string!(i18n, coach_app.device.other_server).replace("{server}", server)
        }
        ImportProblem::NotSaved(_) => t_string!(i18n, coach_app.notice.save_failed).to_owned(),
    }
}
