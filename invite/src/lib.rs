//! Start To Can for someone a youngster asked "Wat zie jij in mij?" with a link, at `/invite/`:
//! its own small page (no install, no account, no worker), so the youngster's download carries
//! none of it. The link's fragment, which never reaches the server, holds the invitation
//! (`stc_core::invite::Invitation`): the youngster's mailbox code and public key, one item and
//! its secret, the last day, the nickname and avatar. The person taps what the youngster is good
//! at, how they would help and maybe a short message (the same fields as the hand-over on the
//! youngster's phone, `stc_ui::reply_form`); the reply is sealed here to the youngster's key and
//! put in the mailbox in place of the invitation's placeholder. A damaged, newer or expired
//! link, a withdrawn invitation, a full mailbox or a reply too long each get their own message,
//! and what was typed stays on the page.

use leptos::prelude::*;
use stc_core::Language;
use stc_core::invite::{Invitation, InvitationError};
use stc_core::journey::{Avatar, ReplyError, ReplyWords};
use stc_i18n::i18n::*;
use stc_ui::avatar::AvatarView;
use stc_ui::dates::date_text;
use stc_ui::reply_form::{BackNext, ReplyMessage, ReplyPicks, reply_problem};
use stc_ui::{LanguageSelect, locale_of};

mod send;

use send::SendProblem;

/// The page: translations in the browser's language, then the invitation or why it cannot be
/// answered.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <InvitePage />
        </I18nContextProvider>
    }
}

fn fragment() -> String {
    stc_web::js::window()
        .and_then(|w| stc_web::js::get(&w, "location"))
        .and_then(|l| stc_web::js::get(&l, "hash"))
        .and_then(|h| h.as_string())
        .unwrap_or_default()
}

#[component]
fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let language = RwSignal::new(Language::from_browser(&stc_web::preferred_languages()));
    Effect::new(move |_| i18n.set_locale(locale_of(language.get())));
    let invitation = Invitation::from_fragment(&fragment(), stc_web::today());
    // Another link pasted into this tab changes only the fragment: read it afresh.
    let listener = window_event_listener(leptos::ev::hashchange, |_| {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.reload();
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        // No skip link: its `#content` would replace the invitation in the address, and there is
        // nothing to skip but the name.
        <header class="app-header">
            <span class="brand">{t!(i18n, invite_page.brand)}</span>
        </header>
        <main id="content" class="invite-main" tabindex="-1">
            {match invitation {
                Ok(invitation) => view! { <Answer invitation=invitation /> }.into_any(),
                Err(problem) => view! { <CannotAnswer problem=problem /> }.into_any(),
            }}
        </main>
        <footer class="invite-footer">
            <LanguageSelect language=language on_change=Callback::new(move |chosen| language.set(chosen)) />
        </footer>
    }
}

/// A link that cannot be answered: damaged (cut off when copied), made by a newer version, or
/// past its last day.
#[component]
fn CannotAnswer(problem: InvitationError) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match &problem {
        InvitationError::Damaged(_) => t_string!(i18n, invite_page.damaged).to_owned(),
        InvitationError::NewerFormat { .. } => t_string!(i18n, invite_page.newer).to_owned(),
        InvitationError::Expired { until } => {
            t_string!(i18n, invite_page.expired).replace("{date}", &date_text(i18n, *until))
        }
    };
    view! {
        <section class="page invite">
            <h1>{t!(i18n, invite_page.cannot_title)}</h1>
            <p class="error" role="alert">{text}</p>
            <p class="help">{t!(i18n, invite_page.ask_again)}</p>
        </section>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Hello,
    Strengths,
    Help,
    Message,
    Sent,
}

/// The few screens of the reply, then "Bedankt".
#[component]
fn Answer(invitation: Invitation) -> impl IntoView {
    let i18n = use_i18n();
    let someone = move || t_string!(i18n, invite_page.someone).to_owned();
    let nickname = invitation.nickname().map(str::to_owned);
    let nickname = Signal::derive(move || nickname.clone().unwrap_or_else(someone));
    let avatar: Option<Avatar> = invitation.avatar.clone();
    let step = RwSignal::new(Step::Hello);
    let draft = RwSignal::new(ReplyWords::default());
    let problem = RwSignal::new(None::<SendProblem>);
    let sending = RwSignal::new(false);
    let invitation = StoredValue::new(invitation);
    let go = move |next: Step| {
        problem.set(None);
        step.set(next);
        stc_web::show_from_top("main h1");
    };
    let with_nickname = move |text: &str| text.replace("{nickname}", &nickname.get());
    let send = move || {
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        let words = draft.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = send::send(&invitation.get_value(), words).await;
            sending.set(false);
            match outcome {
                Ok(()) => go(Step::Sent),
                Err(why) => {
                    problem.set(Some(why));
                    stc_web::focus_soon(".invite .error");
                }
            }
        });
    };
    let problem_text = move || {
        problem.get().map(|p| match p {
            SendProblem::Reply(ReplyError::NoName) => {
                with_nickname(t_string!(i18n, invite_page.no_name))
            }
            SendProblem::Reply(why) => reply_problem(i18n, &why),
            SendProblem::Offline => t_string!(i18n, invite_page.offline).to_owned(),
            SendProblem::NotStanding => with_nickname(t_string!(i18n, invite_page.not_standing)),
            SendProblem::Full => with_nickname(t_string!(i18n, invite_page.full)),
            SendProblem::Refused => t_string!(i18n, invite_page.refused).to_owned(),
        })
    };
    view! {
        <section class="page invite ask">
            {move || match step.get() {
                Step::Hello => view! {
                    {avatar.clone().map(|a| view! { <AvatarView avatar=a class="invite-avatar" /> })}
                    <h1>{move || with_nickname(t_string!(i18n, invite_page.title))}</h1>
                    <p class="help">{move || with_nickname(t_string!(i18n, invite_page.intro))}</p>
                    <p class="help">{move || with_nickname(t_string!(i18n, invite_page.private))}</p>
                    <label class="field">
                        <span>{t!(i18n, invite_page.your_name)}</span>
                        <input
                            type="text"
                            name="from"
                            autocomplete="given-name"
                            maxlength=stc_core::journey::MAX_FROM_CHARS
                            placeholder=move || t_string!(i18n, invite_page.your_name_example)
                            prop:value=move || draft.with(|d| d.from.clone())
                            on:input=move |ev| draft.update(|d| d.from = event_target_value(&ev))
                        />
                    </label>
                    <p class="error" role="alert">{problem_text}</p>
                    <button type="button" class="button primary wide" on:click=move |_| {
                        if draft.with_untracked(|d| d.from.trim().is_empty()) {
                            problem.set(Some(SendProblem::Reply(ReplyError::NoName)));
                            stc_web::focus_soon(".invite .error");
                        } else {
                            go(Step::Strengths);
                        }
                    }>{t!(i18n, others.start)}</button>
                }.into_any(),
                Step::Strengths => view! {
                    <h1>{move || with_nickname(t_string!(i18n, others.strengths_title))}</h1>
                    <ReplyPicks help=Signal::derive(move || t_string!(i18n, others.strengths_help).to_owned()) strengths=true draft=draft />
                    <BackNext on_back=Callback::new(move |_| go(Step::Hello)) on_next=Callback::new(move |_| go(Step::Help)) />
                }.into_any(),
                Step::Help => view! {
                    <h1>{t!(i18n, others.help_title)}</h1>
                    <ReplyPicks help=Signal::derive(move || t_string!(i18n, others.help_help).to_owned()) strengths=false draft=draft />
                    <BackNext on_back=Callback::new(move |_| go(Step::Strengths)) on_next=Callback::new(move |_| go(Step::Message)) />
                }.into_any(),
                Step::Message => view! {
                    <h1>{t!(i18n, others.message_title)}</h1>
                    <p class="help">{t!(i18n, others.message_help)}</p>
                    <ReplyMessage draft=draft />
                    <p class="error" role="alert">{problem_text}</p>
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=move |_| go(Step::Help)>{t!(i18n, others.back)}</button>
                        <button type="button" class="button primary" prop:disabled=move || sending.get() on:click=move |_| send()>
                            {move || if sending.get() { t_string!(i18n, invite_page.sending) } else { t_string!(i18n, invite_page.send) }}
                        </button>
                    </div>
                }.into_any(),
                Step::Sent => view! {
                    <p class="discovery-sign" aria-hidden="true">"★"</p>
                    <h1>{t!(i18n, invite_page.thanks)}</h1>
                    <p class="help">{move || with_nickname(t_string!(i18n, invite_page.thanks_help))}</p>
                    <p class="help">{t!(i18n, invite_page.close)}</p>
                }.into_any(),
            }}
        </section>
    }
}
