//! `/ask`: "Vraag wat iemand in jou ziet". The youngster picks someone of "my people" (or comes
//! with `?person=`) and asks in one of two ways:
//! - on this phone, now (works offline): hands the phone over ("Geef je gsm aan Oma"), the
//!   other person taps what the youngster is good at, how they would help and maybe a short
//!   message, hands the phone back, and the youngster sees the reply as a discovery and keeps
//!   it in the overview or not;
//! - with a link (online): the phone's share sheet, the clipboard or a QR code carries it to
//!   the invited person's page (`/invite/`); the reply comes back sealed and is fetched here
//!   (and when the app starts). The links that stand are listed with "Intrekken".
//!
//! The rules are `stc_core::journey::others` and `stc_core::invite`.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use stc_core::invite::SentInvite;
use stc_core::journey::{PersonId, ReplyError, ReplyWords, Via};
use stc_ui::dates::date_text;
use stc_ui::reply_form::{BackNext, ReplyMessage, ReplyPicks, pick_words, reply_problem};

use crate::components::icons::{Icon, IconView};
use crate::components::others::ReplyDiscovery;
use crate::components::read_aloud::ReadAloudButton;
use crate::content;
use crate::i18n::*;
use crate::platform::{browser, files, seal};
use crate::state::invite::{self, InviteProblem};
use crate::state::use_store;

/// Where the hand-over is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    /// On this phone or with a link.
    How,
    /// The link is made and handed on.
    Link,
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
        Step::How
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
                        go(Step::How);
                    }) />
                }.into_any(),
                Step::How => view! {
                    <h1>{move || t_string!(i18n, others.how_title).replace("{name}", &name.get())}</h1>
                    <ul class="plain ask-ways">
                        <li>
                            <button type="button" class="button wide ask-way" on:click=move |_| go(Step::HandOver)>
                                <span class="ask-way-title">{t!(i18n, others.way_phone)}</span>
                                <span class="ask-way-help">{move || t_string!(i18n, others.way_phone_help).replace("{name}", &name.get())}</span>
                            </button>
                        </li>
                        <li>
                            <button type="button" class="button wide ask-way" on:click=move |_| go(Step::Link)>
                                <span class="ask-way-title">{t!(i18n, others.way_link)}</span>
                                <span class="ask-way-help">{move || t_string!(i18n, others.way_link_help).replace("{name}", &name.get())}</span>
                            </button>
                        </li>
                    </ul>
                    <button type="button" class="button" on:click=move |_| go(Step::Choose)>{t!(i18n, others.back)}</button>
                }.into_any(),
                Step::Link => view! {
                    <LinkInvite
                        person=person.get_untracked()
                        name=name.get_untracked()
                        on_phone=Callback::new(move |_| go(Step::HandOver))
                        on_done=Callback::new(move |_| go(Step::Choose))
                    />
                }.into_any(),
                Step::HandOver => view! {
                    <h1>{move || t_string!(i18n, others.hand_over).replace("{name}", &name.get())}</h1>
                    <p class="hand-over-sign"><IconView icon=Icon::Phone /></p>
                    <p class="help">{move || t_string!(i18n, others.hand_over_help).replace("{name}", &name.get())}</p>
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=move |_| go(Step::How)>{t!(i18n, others.back)}</button>
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
                    <BackNext on_back=Callback::new(move |_| go(Step::Strengths)) on_next=Callback::new(move |_| go(Step::Message)) />
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
        <StandingInvites />
    }
}

/// The state of "Met een link".
#[derive(Clone, PartialEq)]
enum LinkState {
    Making,
    /// The link, the line with its last day, and its QR code as an SVG once drawn.
    Made {
        link: String,
        until: String,
        qr: Option<String>,
    },
    Failed(&'static str),
}

/// "Stuur de link naar Oma": the link is made at once (online only), then handed on through
/// the share sheet, the clipboard or a QR code. The words are fixed while the screen shows (the
/// language is not changed here).
#[component]
fn LinkInvite(
    person: Option<PersonId>,
    name: String,
    on_phone: Callback<()>,
    on_done: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let with_name = |text: &str| text.replace("{name}", &name);
    let title = with_name(t_string!(i18n, others.link_title));
    let help = with_name(t_string!(i18n, others.link_help));
    let qr_caption = with_name(t_string!(i18n, others.link_qr));
    let qr_label = with_name(t_string!(i18n, others.link_qr_label));
    let made = RwSignal::new(LinkState::Making);
    let copied = RwSignal::new(None::<&'static str>);
    let make = move || {
        made.set(LinkState::Making);
        leptos::task::spawn_local(async move {
            made.set(match invite::make_link(store, person).await {
                Ok((link, until)) => LinkState::Made {
                    qr: seal::qr_svg(&link).await.ok(),
                    until: t_string!(i18n, others.link_until)
                        .replace("{date}", &date_text(i18n, until)),
                    link,
                },
                Err(InviteProblem::Offline) => {
                    LinkState::Failed(t_string!(i18n, others.link_offline))
                }
                Err(InviteProblem::Full) => LinkState::Failed(t_string!(i18n, others.link_full)),
                Err(_) => LinkState::Failed(t_string!(i18n, others.link_failed)),
            });
            browser::show_from_top("main h1");
        });
    };
    make();
    let can_share = files::can_share_links();
    view! {
        {move || match made.get() {
            LinkState::Making => view! {
                <h1>{title.clone()}</h1>
                <p class="help" role="status">{t_string!(i18n, others.link_making)}</p>
            }.into_any(),
            LinkState::Failed(why) => view! {
                <h1>{t_string!(i18n, others.link_failed_title)}</h1>
                <p class="error" role="alert">{why}</p>
                <div class="step-buttons">
                    <button type="button" class="button" on:click=move |_| on_phone.run(())>{t_string!(i18n, others.on_this_phone)}</button>
                    <button type="button" class="button primary" on:click=move |_| make()>{t_string!(i18n, others.try_again)}</button>
                </div>
            }.into_any(),
            LinkState::Made { link, until, qr } => {
                let to_share = link.clone();
                let to_copy = link.clone();
                view! {
                    <h1>{title.clone()}</h1>
                    <p class="help">{help.clone()}</p>
                    <p class="help">{until}</p>
                    <div class="link-buttons">
                        {can_share.then(|| view! {
                            <button type="button" class="button primary wide" on:click=move |_| {
                                let link = to_share.clone();
                                leptos::task::spawn_local(async move {
                                    let _ = files::share_link(t_string!(i18n, others.link_message), &link).await;
                                });
                            }>{t_string!(i18n, others.link_share)}</button>
                        })}
                        <button type="button" class=if can_share { "button wide" } else { "button primary wide" } on:click=move |_| {
                            let link = to_copy.clone();
                            leptos::task::spawn_local(async move {
                                copied.set(Some(if stc_web::copy(&link).await {
                                    t_string!(i18n, others.link_copied)
                                } else {
                                    t_string!(i18n, others.link_not_copied)
                                }));
                            });
                        }>{t_string!(i18n, others.link_copy)}</button>
                    </div>
                    <p class="help" role="status">{move || copied.get()}</p>
                    <label class="field">
                        <span>{t_string!(i18n, others.link_label)}</span>
                        <input type="text" name="invite-link" readonly prop:value=link />
                    </label>
                    {qr.map(|svg| view! {
                        <figure class="invite-qr">
                            <div role="img" aria-label=qr_label.clone() inner_html=svg></div>
                            <figcaption class="help">{qr_caption.clone()}</figcaption>
                        </figure>
                    })}
                    <button type="button" class="button wide" on:click=move |_| on_done.run(())>{t_string!(i18n, others.done)}</button>
                }.into_any()
            }
        }}
    }
}

/// "Links die nog open staan": each invitation with a link that stands, "Intrekken" beside it,
/// and a look for replies (also made when the page opens). What a look or a withdrawal found is
/// said below, and new replies show as discoveries.
#[component]
fn StandingInvites() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = content::pack(store.language().get_untracked());
    let said = RwSignal::new(None::<(&'static str, String)>);
    let found = RwSignal::new(Vec::<u32>::new());
    let standing = move || {
        store.state().with(|s| {
            s.invites
                .standing
                .iter()
                .map(|invite| {
                    let name = invite
                        .person
                        .and_then(|id| s.journey.person(id))
                        .map_or(t_string!(i18n, others.someone_link), |p| p.shown_name(pack))
                        .to_owned();
                    (invite.clone(), name)
                })
                .collect::<Vec<(SentInvite, String)>>()
        })
    };
    // After a look (this one, or the one at start it waited for), every reply through a link
    // not decided yet shows here as a discovery.
    let look = move |asked: bool| {
        leptos::task::spawn_local(async move {
            let outcome = invite::fetch_replies(store).await;
            let waiting = store.state().with_untracked(|s| {
                s.journey
                    .new_replies()
                    .filter(|r| r.via == Via::Link)
                    .map(|r| r.id)
                    .collect::<Vec<_>>()
            });
            found.update(|f| {
                f.extend(
                    waiting
                        .iter()
                        .filter(|id| !f.contains(id))
                        .copied()
                        .collect::<Vec<_>>(),
                )
            });
            let message = match outcome {
                _ if !waiting.is_empty() => ("help", t_string!(i18n, others.look_new)),
                Err(InviteProblem::Offline) => ("error", t_string!(i18n, others.look_offline)),
                _ => ("help", t_string!(i18n, others.look_none)),
            };
            if asked || !waiting.is_empty() {
                said.set(Some((message.0, message.1.to_owned())));
            }
        });
    };
    look(false);
    let withdraw = move |invite: SentInvite, name: String| {
        leptos::task::spawn_local(async move {
            said.set(Some(match invite::withdraw(store, invite).await {
                Ok(()) => (
                    "help",
                    t_string!(i18n, others.withdrawn).replace("{name}", &name),
                ),
                Err(InviteProblem::Offline) => {
                    ("error", t_string!(i18n, others.withdraw_offline).to_owned())
                }
                Err(_) => ("error", t_string!(i18n, others.link_failed).to_owned()),
            }));
        });
    };
    let until = t_string!(i18n, others.standing_until);
    let withdraw_of = t_string!(i18n, others.withdraw_of);
    view! {
        <Show when=move || !standing().is_empty()>
            <section class="standing-invites" aria-labelledby="standing-title">
                <h2 id="standing-title">{t_string!(i18n, others.standing_title)}</h2>
                <ul class="plain">
                    {move || standing().into_iter().map(|(invite, name)| {
                        let line = format!(" · {}", until.replace("{date}", &date_text(i18n, invite.until)));
                        let hidden = format!(" {}", withdraw_of.replace("{name}", &name));
                        view! {
                            <li class="card standing-invite">
                                <span>{name.clone()}<span class="help">{line}</span></span>
                                <button type="button" class="button small" on:click=move |_| withdraw(invite.clone(), name.clone())>
                                    {t_string!(i18n, others.withdraw)}
                                    <span class="visually-hidden">{hidden}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" class="button wide" on:click=move |_| look(true)>{t_string!(i18n, others.look)}</button>
            </section>
        </Show>
        <p role="status" class=move || format!("look-said {}", said.with(|s| s.as_ref().map_or("help", |s| s.0)))>
            {move || said.with(|s| s.as_ref().map(|s| s.1.clone()))}
        </p>
        <Show when=move || found.with(|f| !f.is_empty())>
            <section class="new-replies" aria-labelledby="found-title">
                <h2 id="found-title">{t_string!(i18n, others.new_title)}</h2>
                {move || found.get().into_iter().map(|id| view! { <ReplyDiscovery reply=id /> }).collect_view()}
            </section>
        </Show>
    }
}

/// The strengths (at most three) or the ways to help, as chips, and own words, read aloud
/// when asked.
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
    let read_aloud = Callback::new(move |()| {
        format!(
            "{} {} {}.",
            title.get_untracked(),
            help.get_untracked(),
            pick_words(i18n, strengths)
        )
    });
    view! {
        <h1>{title}</h1>
        <ReadAloudButton text=read_aloud language=language />
        <ReplyPicks help=help strengths=strengths draft=draft />
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
        <ReplyMessage draft=draft />
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
