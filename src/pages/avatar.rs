//! `/avatar`: make (or change) the avatar in five short steps — name, body, hair, clothes, extras
//! — with the picture always in view. Every choice is saved at once; every step has a default,
//! so "Klaar" works from the first screen.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use stc_core::journey::{
    Accessory, Avatar, ClothingColour, HairColour, HairStyle, Nickname, NicknameError,
    Presentation, SkinTone,
};

use crate::components::avatar::AvatarView;
use crate::components::avatar_words::{
    accessory_id, accessory_name, avatar_description, clothing_colour_name, hair_colour_name,
    hair_style_name, presentation_name,
};
use crate::components::radio_tiles::RadioTiles;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::{Store, use_store};

const STEPS: usize = 5;

/// The avatar creator.
#[component]
pub fn AvatarPage() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let step = RwSignal::new(0usize);
    let avatar = Signal::derive(move || {
        store
            .state()
            .with(|s| s.journey.avatar.clone().unwrap_or_default())
    });
    let done = move || {
        if store.state().with_untracked(|s| s.journey.avatar.is_none()) {
            edit_avatar(store, |_| {});
        }
        navigate("/map", Default::default());
    };
    let done_now = done.clone();
    let title = move || match step.get() {
        0 => t_string!(i18n, avatar.step_name),
        1 => t_string!(i18n, avatar.step_body),
        2 => t_string!(i18n, avatar.step_hair),
        3 => t_string!(i18n, avatar.step_clothes),
        _ => t_string!(i18n, avatar.step_extras),
    };
    view! {
        <section class="page avatar-page">
            <div class="avatar-stage">
                <AvatarView
                    avatar=avatar
                    class="large"
                    label=Signal::derive(move || avatar.with(|a| avatar_description(i18n, a)))
                />
                <div>
                    <h1>{t!(i18n, avatar.title)}</h1>
                    <p class="step-count">
                        {move || t_string!(i18n, avatar.step_of)
                            .replace("{n}", &(step.get() + 1).to_string())
                            .replace("{total}", &STEPS.to_string())}
                    </p>
                </div>
            </div>
            <h2 class="step-title">{title}</h2>
            {move || match step.get() {
                0 => view! { <NameStep /> }.into_any(),
                1 => view! { <BodyStep avatar=avatar /> }.into_any(),
                2 => view! { <HairStep avatar=avatar /> }.into_any(),
                3 => view! { <ClothesStep avatar=avatar /> }.into_any(),
                _ => view! { <ExtrasStep avatar=avatar /> }.into_any(),
            }}
            <div class="step-buttons">
                <button
                    type="button"
                    class="button"
                    hidden=move || step.get() == 0
                    on:click=move |_| {
                        step.update(|s| *s = s.saturating_sub(1));
                        browser::show_from_top(".avatar-page .step-title");
                    }
                >
                    {t!(i18n, exercise.back)}
                </button>
                <button
                    type="button"
                    class="button primary"
                    on:click=move |_| {
                        if step.get_untracked() + 1 < STEPS {
                            step.update(|s| *s += 1);
                            browser::show_from_top(".avatar-page .step-title");
                        } else {
                            done();
                        }
                    }
                >
                    {move || if step.get() + 1 < STEPS {
                        t_string!(i18n, exercise.next)
                    } else {
                        t_string!(i18n, avatar.done)
                    }}
                </button>
            </div>
            <button type="button" class="link-button" on:click=move |_| done_now()>
                {t!(i18n, avatar.ready_now)}
            </button>
        </section>
    }
}

/// Changes the avatar (the default one if none was made yet) on the newest saved state and
/// saves it; a locked extra is refused and nothing changes.
fn edit_avatar(store: Store, edit: impl FnOnce(&mut Avatar)) {
    let _ = store.try_update(|s| {
        let mut avatar = s.journey.avatar.clone().unwrap_or_default();
        edit(&mut avatar);
        s.journey.set_avatar(avatar)
    });
}

/// Step 1: the nickname, optional.
#[component]
fn NameStep() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let initial = store.state().with_untracked(|s| {
        s.journey
            .avatar
            .as_ref()
            .and_then(|a| a.nickname.as_ref())
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default()
    });
    let error = RwSignal::new(false);
    let save = move |text: String| {
        let nickname = match Nickname::parse(&text) {
            Ok(nickname) => Some(nickname),
            Err(NicknameError::Empty) => None,
            Err(NicknameError::TooLong) => {
                error.set(true);
                return;
            }
        };
        error.set(false);
        edit_avatar(store, |a| a.nickname = nickname);
    };
    view! {
        <label class="field">
            <span>{t!(i18n, avatar.nickname)}</span>
            <input
                type="text"
                name="nickname"
                autocomplete="nickname"
                maxlength="24"
                prop:value=initial
                aria-describedby="nickname-help"
                aria-invalid=move || error.get().then_some("true")
                on:input=move |ev| save(event_target_value(&ev))
            />
        </label>
        <p id="nickname-help" class="help">{t!(i18n, avatar.nickname_help)}</p>
        <p class="error" role="alert">{move || error.get().then(|| t_string!(i18n, avatar.nickname_too_long))}</p>
    }
}

/// Step 2: presentation and skin tone.
#[component]
fn BodyStep(avatar: Signal<Avatar>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let presentations = Presentation::ALL
        .into_iter()
        .map(|p| {
            let label = Signal::derive(move || presentation_name(i18n, p).to_owned());
            (p, label)
        })
        .collect();
    let skins = SkinTone::ALL
        .into_iter()
        .enumerate()
        .map(|(i, tone)| {
            let label = Signal::derive(move || {
                t_string!(i18n, avatar.skin_n).replace("{n}", &(i + 1).to_string())
            });
            (tone, tone.hex(), label)
        })
        .collect();
    view! {
        <RadioTiles
            name="presentation"
            legend=Signal::derive(move || t_string!(i18n, avatar.presentation).to_owned())
            options=presentations
            selected=Signal::derive(move || avatar.get().presentation)
            on_select=Callback::new(move |p| edit_avatar(store, |a| a.presentation = p))
        />
        <Swatches
            name="skin"
            legend=Signal::derive(move || t_string!(i18n, avatar.skin).to_owned())
            options=skins
            selected=Signal::derive(move || avatar.get().skin)
            on_select=Callback::new(move |t| edit_avatar(store, |a| a.skin = t))
        />
    }
}

/// Step 3: hair style (or a hijab) and hair colour.
#[component]
fn HairStep(avatar: Signal<Avatar>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let styles = HairStyle::ALL
        .into_iter()
        .map(|style| {
            let label = Signal::derive(move || hair_style_name(i18n, style).to_owned());
            (style, label)
        })
        .collect();
    let colours = HairColour::ALL
        .into_iter()
        .map(|c| {
            let label = Signal::derive(move || hair_colour_name(i18n, c).to_owned());
            (c, c.hex(), label)
        })
        .collect();
    view! {
        <RadioTiles
            name="hair"
            legend=Signal::derive(move || t_string!(i18n, avatar.hair).to_owned())
            options=styles
            selected=Signal::derive(move || avatar.get().hair)
            on_select=Callback::new(move |h| edit_avatar(store, |a| a.hair = h))
        />
        <Swatches
            name="hair-colour"
            legend=Signal::derive(move || t_string!(i18n, avatar.hair_colour).to_owned())
            options=colours
            selected=Signal::derive(move || avatar.get().hair_colour)
            on_select=Callback::new(move |c| edit_avatar(store, |a| a.hair_colour = c))
        />
    }
}

/// Step 4: the colours of the top and of the trousers, skirt or hijab.
#[component]
fn ClothesStep(avatar: Signal<Avatar>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let colours = move || -> Vec<(ClothingColour, &'static str, Signal<String>)> {
        ClothingColour::ALL
            .into_iter()
            .map(|c| {
                let label = Signal::derive(move || clothing_colour_name(i18n, c).to_owned());
                (c, c.hex(), label)
            })
            .collect()
    };
    view! {
        <Swatches
            name="top-colour"
            legend=Signal::derive(move || t_string!(i18n, avatar.top_colour).to_owned())
            options=colours()
            selected=Signal::derive(move || avatar.get().top_colour)
            on_select=Callback::new(move |c| edit_avatar(store, |a| a.top_colour = c))
        />
        <Swatches
            name="bottom-colour"
            legend=Signal::derive(move || t_string!(i18n, avatar.bottom_colour).to_owned())
            options=colours()
            selected=Signal::derive(move || avatar.get().bottom_colour)
            on_select=Callback::new(move |c| edit_avatar(store, |a| a.bottom_colour = c))
        />
    }
}

/// Step 5: aids and extras. Aids are always there; extras are found in discoveries.
#[component]
fn ExtrasStep(avatar: Signal<Avatar>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let toggle = move |item: Accessory| {
        edit_avatar(store, |a| {
            if let Some(at) = a.accessories.iter().position(|x| *x == item) {
                a.accessories.remove(at);
            } else {
                a.accessories.push(item);
            }
        })
    };
    view! {
        <fieldset class="checks">
            <legend>{t!(i18n, avatar.extras)}</legend>
            <p class="help">{t!(i18n, avatar.extras_help)}</p>
            {Accessory::ALL
                .into_iter()
                .map(|item| {
                    let unlocked = move || store.state().with(|s| s.journey.can_wear(item));
                    view! {
                        <label class="tile" class:locked=move || !unlocked()>
                            <input
                                type="checkbox"
                                name="accessory"
                                value=accessory_id(item)
                                prop:checked=move || avatar.get().accessories.contains(&item)
                                disabled=move || !unlocked()
                                on:change=move |_| toggle(item)
                            />
                            <span>{move || accessory_name(i18n, item)}</span>
                            <span class="badge" hidden=unlocked>{t!(i18n, avatar.locked)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A radio group of colour swatches; the chosen colour's name shows under them.
#[component]
fn Swatches<T>(
    name: &'static str,
    #[prop(into)] legend: Signal<String>,
    options: Vec<(T, &'static str, Signal<String>)>,
    #[prop(into)] selected: Signal<T>,
    on_select: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let chosen_name = {
        let options = options.clone();
        move || {
            let current = selected.get();
            options
                .iter()
                .find(|(value, _, _)| *value == current)
                .map(|(_, _, label)| label.get())
        }
    };
    view! {
        <fieldset class="swatches">
            <legend>{legend}</legend>
            <div class="swatch-row">
                {options
                    .into_iter()
                    .map(|(value, hex, label)| {
                        view! {
                            <label class="swatch" title=label>
                                <input
                                    type="radio"
                                    name=name
                                    prop:checked=move || selected.get() == value
                                    on:change=move |_| on_select.run(value)
                                />
                                <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false">
                                    <circle cx="20" cy="20" r="17" fill=hex />
                                </svg>
                                <span class="visually-hidden">{label}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="chosen" aria-hidden="true">{chosen_name}</p>
        </fieldset>
    }
}
