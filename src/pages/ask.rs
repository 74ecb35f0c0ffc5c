//! `/ask`: "Vraag wat iemand in jou ziet", on this phone (works offline). The youngster picks
//! someone of "my people" (or comes with `?person=`), hands the phone over ("Geef je gsm aan
//! Oma"), the other person taps what the youngster is good at, how they would help and maybe a
//! short message, hands the phone back, and the youngster sees the reply as a discovery and
//! keeps it in the overview or not. The rules are `stc_core::journey::others`.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use stc_core::journey::{
    HELP_WAYS, MAX_MESSAGE_CHARS, MAX_OWN_WORDS_CHARS, PersonId, ReplyError, ReplyWords, STRENGTHS,
    Via,
};
use stc_ui::others::{help_word, strength_word};

use crate::components::icons::{Icon, IconView};
use crate::components::others::{ReplyDiscovery, reply_problem};
use crate::components::read_aloud::ReadAloudButton;
use crate::content;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// Where the hand-over is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    HandOver,
    Strengths,
    Help,
    Message,
    /// The reply is saved; the youngster sees it after the phone is back.
    GiveBack(u32),
    Discovery(u32),
}

/// The hand-over screens.
#[component]
pub fn AskPage() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = content::pack(store.language().get_untracked());
    let asked = use_query_map()
        .with_untracked(|q| q.get("person"))
        .and_then(|p| p.parse().ok())
        .map(PersonId)
        .filter(|id| {
            store
                .state()
                .with_untracked(|s| s.journey.person(*id).is_some())
        });
    let person = RwSignal::new(asked);
    let step = RwSignal::new(if asked.is_some() {
        Step::HandOver
    } else {
        Step::Choose
    });
    let draft = RwSignal::new(ReplyWords::default());
    let go = move |next: Step| {
        step.set(next);
        browser::show_from_top("main h1");
    };
    let name = Signal::derive(move || {
        let id = person.get();
        store.state().with(|s| {
            id.and_then(|id| s.journey.person(id))
                .map(|p| p.shown_name(pack).to_owned())
                .unwrap_or_default()
        })
    });
    let nickname = Signal::derive(move || {
        store.state().with(|s| {
            s.journey
                .avatar
                .as_ref()
                .and_then(|a| a.nickname.as_ref())
                .map(|n| n.as_str().to_owned())
                .unwrap_or_else(|| t_string!(i18n, others.someone).to_owned())
        })
    });
    let stop = Callback::new(move |_: ()| {
        draft.set(ReplyWords::default());
        go(Step::Choose);
    });
    view! {
        <section class="page ask">
            {move || match step.get() {
                Step::Choose => view! {
                    <ChoosePerson on_pick=Callback::new(move |id| {
                        person.set(Some(id));
                        go(Step::HandOver);
                    }) />
                }.into_any(),
                Step::HandOver => view! {
                    <h1>{move || t_string!(i18n, others.hand_over).replace("{name}", &name.get())}</h1>
                    <p class="hand-over-sign"><IconView icon=Icon::Phone /></p>
                    <p class="help">{move || t_string!(i18n, others.hand_over_help).replace("{name}", &name.get())}</p>
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=move |_| go(Step::Choose)>{t!(i18n, others.back)}</button>
                        <button type="button" class="button primary" on:click=move |_| go(Step::Strengths)>{t!(i18n, others.start)}</button>
                    </div>
                }.into_any(),
                Step::Strengths => view! {
                    <p class="help">{move || t_string!(i18n, others.hello).replace("{name}", &name.get())}</p>
                    <PickScreen
                        title=Signal::derive(move || t_string!(i18n, others.strengths_title).replace("{nickname}", &nickname.get()))
                        help=Signal::derive(move || t_string!(i18n, others.strengths_help).to_owned())
                        strengths=true
                        draft=draft
                    />
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=move |_| stop.run(())>{t!(i18n, others.stop)}</button>
                        <button type="button" class="button primary" on:click=move |_| go(Step::Help)>{t!(i18n, others.next)}</button>
                    </div>
                }.into_any(),
                Step::Help => view! {
                    <PickScreen
                        title=Signal::derive(move || t_string!(i18n, others.help_title).to_owned())
                        help=Signal::derive(move || t_string!(i18n, others.help_help).to_owned())
                        strengths=false
                        draft=draft
                    />
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=move |_| go(Step::Strengths)>{t!(i18n, others.back)}</button>
                        <button type="button" class="button primary" on:click=move |_| go(Step::Message)>{t!(i18n, others.next)}</button>
                    </div>
                }.into_any(),
                Step::Message => view! {
                    <MessageScreen draft=draft on_back=Callback::new(move |_| go(Step::Help)) on_done=Callback::new(move |_| {
                        let words = ReplyWords { from: name.get_untracked(), ..draft.get_untracked() };
                        let outcome = store.try_update(|s| {
                            s.journey.receive_reply(person.get_untracked(), words, Via::ThisPhone, browser::today())
                        });
                        match outcome {
                            Some(Ok(id)) => {
                                draft.set(ReplyWords::default());
                                go(Step::GiveBack(id));
                                Ok(())
                            }
                            Some(Err(e)) => Err(Some(e)),
                            // Not made (a newer version, or everything deleted elsewhere): the notice says so.
                            None => Err(None),
                        }
                    }) />
                }.into_any(),
                Step::GiveBack(id) => view! {
                    <h1>{move || t_string!(i18n, others.give_back).replace("{nickname}", &nickname.get())}</h1>
                    <p class="hand-over-sign"><IconView icon=Icon::Phone /></p>
                    <p class="help">{t!(i18n, others.give_back_help)}</p>
                    <button type="button" class="button primary wide" on:click=move |_| go(Step::Discovery(id))>
                        {t!(i18n, others.got_back)}
                    </button>
                }.into_any(),
                Step::Discovery(id) => view! {
                    <ReplyDiscovery reply=id heading=true />
                    <A href="/overview" attr:class="button wide">{t!(i18n, others.to_overview)}</A>
                }.into_any(),
            }}
        </section>
    }
}

/// "Wie wil je iets vragen?": everyone of "my people" as a button.
#[component]
fn ChoosePerson(on_pick: Callback<PersonId>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = content::pack(store.language().get_untracked());
    let people = move || {
        store.state().with(|s| {
            s.journey
                .people
                .iter()
                .map(|p| {
                    let relation =
                        (!p.is_nameless()).then(|| pack.relation_label(&p.relation).to_owned());
                    (p.id, p.shown_name(pack).to_owned(), relation)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>{t!(i18n, others.ask_title)}</h1>
        <p class="help">{t!(i18n, others.ask_help)}</p>
        <Show
            when=move || !people().is_empty()
            fallback=move || view! {
                <p class="empty-state">{t!(i18n, others.nobody)}</p>
                <A href="/map" attr:class="button wide">{t!(i18n, overview.to_map)}</A>
            }
        >
            <ul class="plain ask-people">
                {move || people().into_iter().map(|(id, shown, relation)| view! {
                    <li>
                        <button type="button" class="button wide" on:click=move |_| on_pick.run(id)>
                            // One span, so the space before "·" stays in the button's flex box.
                            <span>
                                {shown}
                                {relation.map(|r| view! { <span class="ask-relation">{format!(" · {r}")}</span> })}
                            </span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// The strengths (at most three) or the ways to help, as chips, and own words.
#[component]
fn PickScreen(
    title: Signal<String>,
    help: Signal<String>,
    /// The strengths; else the ways to help.
    strengths: bool,
    draft: RwSignal<ReplyWords>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = use_store().language().get_untracked();
    let full = RwSignal::new(false);
    let ids: &'static [&'static str] = if strengths { &STRENGTHS } else { &HELP_WAYS };
    let own_label = move || {
        if strengths {
            t_string!(i18n, others.own_strength)
        } else {
            t_string!(i18n, others.own_help)
        }
    };
    let own_example = move || {
        if strengths {
            t_string!(i18n, others.own_strength_example)
        } else {
            t_string!(i18n, others.own_help_example)
        }
    };
    let read_aloud = Callback::new(move |()| {
        let words = ids
            .iter()
            .map(|id| {
                if strengths {
                    strength_word(i18n, id)
                } else {
                    help_word(i18n, id)
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "{} {} {words}.",
            title.get_untracked(),
            help.get_untracked()
        )
    });
    view! {
        <h1>{title}</h1>
        <ReadAloudButton text=read_aloud language=language />
        <fieldset class="reply-picks-field">
            <legend class="help">{help}</legend>
            <div class="chips">
                {ids.iter().map(|id| {
                    let id: &'static str = id;
                    view! {
                        <label class="chip">
                            <input
                                type="checkbox"
                                name=if strengths { "strength" } else { "help-way" }
                                value=id
                                prop:checked=move || draft.with(|d| d.has(id))
                                on:change=move |_| {
                                    let mut changed = draft.get_untracked();
                                    let done = if strengths { changed.toggle_strength(id) } else { changed.toggle_help(id) };
                                    full.set(done.is_err());
                                    if done.is_ok() {
                                        draft.set(changed);
                                    } else {
                                        // The box shows the unchanged draft again.
                                        draft.notify();
                                    }
                                }
                            />
                            <span class="choice-label">{move || if strengths { strength_word(i18n, id) } else { help_word(i18n, id) }}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <p class="error" role="alert">{move || full.get().then(|| t_string!(i18n, others.strengths_full))}</p>
        <label class="field">
            <span>{own_label}</span>
            <input
                type="text"
                name=if strengths { "own-strength" } else { "own-help" }
                maxlength=MAX_OWN_WORDS_CHARS
                autocomplete="off"
                placeholder=own_example
                prop:value=move || draft.with(|d| d.own(strengths).to_owned())
                on:input=move |ev| draft.update(|d| d.set_own(strengths, &event_target_value(&ev)))
            />
        </label>
    }
}

/// "Wil je nog iets zeggen?" and "Klaar", which saves the reply (or says what to change).
#[component]
fn MessageScreen(
    draft: RwSignal<ReplyWords>,
    on_back: Callback<()>,
    on_done: Callback<(), Result<(), Option<ReplyError>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<ReplyError>);
    let read_aloud = Callback::new(move |()| {
        format!(
            "{} {} {}",
            t_string!(i18n, others.message_title),
            t_string!(i18n, others.message_help),
            t_string!(i18n, others.message_example)
        )
    });
    view! {
        <h1>{t!(i18n, others.message_title)}</h1>
        <ReadAloudButton text=read_aloud language=use_store().language().get_untracked() />
        <p class="help">{t!(i18n, others.message_help)}</p>
        <label class="field">
            <span>{t!(i18n, others.message_label)}</span>
            <textarea
                name="message"
                rows="4"
                maxlength=MAX_MESSAGE_CHARS
                placeholder=move || t_string!(i18n, others.message_example)
                prop:value=move || draft.with(|d| d.message.clone().unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| d.message = (!text.trim().is_empty()).then_some(text));
                }
            ></textarea>
        </label>
        <p class="error" role="alert">{move || problem.get().map(|p| reply_problem(i18n, &p))}</p>
        <div class="step-buttons">
            <button type="button" class="button" on:click=move |_| on_back.run(())>{t!(i18n, others.back)}</button>
            <button type="button" class="button primary" on:click=move |_| {
                if let Err(Some(why)) = on_done.run(()) {
                    problem.set(Some(why));
                    browser::focus_soon(".ask .error");
                }
            }>{t!(i18n, others.done)}</button>
        </div>
    }
}
