//! `/coach/`: making an identity first; then "my youngsters", each one's share as a line
//! (avatar, nickname, when it was shared, islands done, and whether it changed since the coach
//! last looked), sorted by the latest change or with what changed first. The list is fetched
//! each time it is shown and on "Vernieuwen"; what was fetched before stays readable offline.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use stc_core::coach::api::FetchProblem;
use stc_core::coach::caseload::{Shared, Unopened, date_of};
use stc_core::coach::document::ListOrder;
use stc_i18n::i18n::*;
use stc_ui::avatar::AvatarView;
use stc_ui::dates::date_text;

use crate::pages::welcome::Welcome;
use crate::state::{CoachState, Fetch, use_coach};

/// The start page: [`Welcome`] without an identity, else the list.
#[component]
pub fn Home() -> impl IntoView {
    let coach = use_coach();
    view! {
        <Show when=move || coach.has_identity().get() fallback=Welcome>
            <Youngsters />
        </Show>
    }
}

#[component]
fn Youngsters() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    // Fresh each time the list is shown; what was fetched before shows meanwhile.
    leptos::task::spawn_local(async move { coach.refresh().await });
    let refresh = move |_| leptos::task::spawn_local(async move { coach.refresh().await });
    let busy = move || coach.fetch().get() == Fetch::Busy;
    let shared = coach.shared();
    view! {
        <section class="page youngsters">
            <div class="title-row">
                <h1>{t!(i18n, coach_app.list.title)}</h1>
                <button type="button" class="button small" on:click=refresh disabled=busy>
                    {t!(i18n, coach_app.list.refresh)}
                </button>
            </div>
            <p class="help fetch-status" role="status">{move || fetch_line(i18n, coach)}</p>
            <Show
                when=move || !shared.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty-state">{t!(i18n, coach_app.list.empty)}</p>
                    <A href="/coach/code" attr:class="button primary">{t!(i18n, coach_app.list.to_code)}</A>
                }
            >
                <SortOrder />
                <ul class="youngster-list">
                    {move || shared.get().into_iter().map(|s| view! { <YoungsterLine shared=s /> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// "Sorteer": the latest change first, or what changed since I last looked first.
#[component]
fn SortOrder() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let option = move |order: ListOrder, label: Signal<String>| {
        view! {
            <label class="chip">
                <input
                    type="radio"
                    name="list-order"
                    prop:checked=move || coach.order().get() == order
                    on:change=move |_| coach.set_order(order)
                />
                <span class="choice-label">{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="sort-order">
            <legend>{t!(i18n, coach_app.list.sort)}</legend>
            <div class="chips">
                {option(ListOrder::Latest, Signal::derive(move || t_string!(i18n, coach_app.list.sort_latest).to_owned()))}
                {option(ListOrder::ChangedFirst, Signal::derive(move || t_string!(i18n, coach_app.list.sort_changed).to_owned()))}
            </div>
        </fieldset>
    }
}

/// "Opgehaald op …", "bezig", or why not (the list kept is shown all the same).
fn fetch_line(i18n: I18nContext<Locale>, coach: CoachState) -> Option<String> {
    let fetched = move || {
        coach
            .fetched_at()
            .get()
            .and_then(|at| date_of(&at))
            .map(|date| {
                t_string!(i18n, coach_app.list.fetched).replace("{when}", &date_text(i18n, date))
            })
    };
    match coach.fetch().get() {
        Fetch::Busy => Some(t_string!(i18n, coach_app.list.fetching).to_owned()),
        Fetch::Failed(FetchProblem::Offline) => {
            Some(t_string!(i18n, coach_app.list.offline).to_owned())
        }
        Fetch::Failed(FetchProblem::MailboxGone) => {
            Some(t_string!(i18n, coach_app.list.gone).to_owned())
        }
        Fetch::Failed(FetchProblem::SecretRefused) => {
            Some(t_string!(i18n, coach_app.list.secret_refused).to_owned())
        }
        Fetch::Failed(FetchProblem::Other(reason)) => {
            Some(t_string!(i18n, coach_app.list.failed).replace("{reason}", &reason))
        }
        Fetch::NotYet | Fetch::Done => fetched(),
    }
}

/// One youngster: a link to their summary, or a clear line when their share cannot be read.
#[component]
fn YoungsterLine(shared: Shared) -> impl IntoView {
    let i18n = use_i18n();
    let updated = shared.updated_on;
    let when = move || {
        updated
            .map(|d| t_string!(i18n, coach_app.list.updated).replace("{date}", &date_text(i18n, d)))
    };
    let (done, total) = shared.islands_done().unwrap_or_default();
    let coach = use_coach();
    let changed = coach.changed_since_seen(&shared);
    match shared.content {
        Ok(summary) => {
            let href = format!("/coach/youngster/{}", shared.item_id);
            let name = summary.nickname;
            let avatar = summary.avatar;
            view! {
                <li class="youngster-line">
                    <A href=href>
                        {avatar.map(|a| view! { <AvatarView avatar=Signal::stored(a) /> })}
                        <span class="youngster-text">
                            <strong class="youngster-name">
                                {move || name.clone().unwrap_or_else(|| t_string!(i18n, coach_app.list.no_name).to_owned())}
                            </strong>
                            {changed.then(|| view! {
                                <span class="badge new changed">{t!(i18n, coach_app.list.changed)}</span>
                            })}
                            <span class="help">{when}</span>
                            <span class="help">
                                {move || t_string!(i18n, coach_app.list.islands_done)
                                    .replace("{done}", &done.to_string())
                                    .replace("{total}", &total.to_string())}
                            </span>
                        </span>
                    </A>
                </li>
            }
            .into_any()
        }
        Err(why) => view! {
            <li class="youngster-line unreadable">
                <p>
                    {move || match why {
                        Unopened::CannotOpen => t_string!(i18n, coach_app.list.cannot_open),
                        Unopened::Newer => t_string!(i18n, coach_app.list.newer),
                        Unopened::CannotRead => t_string!(i18n, coach_app.list.cannot_read),
                    }}
                </p>
                <p class="help">{when}</p>
            </li>
        }
        .into_any(),
    }
}
