//! "Wat anderen in mij zien": what someone the youngster asked said, in the words of the app's
//! language (the strengths and ways to help are ids; own words and the message as written).
//! The youngster's discovery of a new reply, their overview, the preview of a share and the
//! coach's summary all draw a reply with [`ReplyWordsView`].

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use stc_core::journey::{OthersSay, Pick, ReplyWords};
use stc_i18n::i18n::*;

use crate::dates::date_text;

/// A strength's words: one of the app's, or the own words as written.
pub fn strength_text(i18n: I18nContext<Locale>, pick: &Pick) -> String {
    match pick {
        Pick::Own(text) => text.clone(),
        Pick::Listed(id) => strength_word(i18n, id).to_owned(),
    }
}

/// A way to help's words: one of the app's, or the own words as written.
pub fn help_text(i18n: I18nContext<Locale>, pick: &Pick) -> String {
    match pick {
        Pick::Own(text) => text.clone(),
        Pick::Listed(id) => help_word(i18n, id).to_owned(),
    }
}

/// The words of a listed strength (`stc_core::journey::STRENGTHS`).
pub fn strength_word(i18n: I18nContext<Locale>, id: &str) -> &'static str {
    match id {
        "listens_well" => t_string!(i18n, others.strength.listens_well),
        "helps_others" => t_string!(i18n, others.strength.helps_others),
        "honest" => t_string!(i18n, others.strength.honest),
        "keeps_going" => t_string!(i18n, others.strength.keeps_going),
        "funny" => t_string!(i18n, others.strength.funny),
        "creative" => t_string!(i18n, others.strength.creative),
        "calm" => t_string!(i18n, others.strength.calm),
        "good_with_hands" => t_string!(i18n, others.strength.good_with_hands),
        "good_with_computers" => t_string!(i18n, others.strength.good_with_computers),
        "reliable" => t_string!(i18n, others.strength.reliable),
        "brave" => t_string!(i18n, others.strength.brave),
        _ => t_string!(i18n, others.strength.kind),
    }
}

/// The words of a listed way to help (`stc_core::journey::HELP_WAYS`).
pub fn help_word(i18n: I18nContext<Locale>, id: &str) -> &'static str {
    match id {
        "go_along" => t_string!(i18n, others.way.go_along),
        "do_together" => t_string!(i18n, others.way.do_together),
        "listen" => t_string!(i18n, others.way.listen),
        "explain" => t_string!(i18n, others.way.explain),
        _ => t_string!(i18n, others.way.look_for_work),
    }
}

/// What one person said: the strengths, how they would help, the message.
#[component]
pub fn ReplyWordsView(words: ReplyWords) -> impl IntoView {
    let i18n = use_i18n();
    let ReplyWords {
        from,
        strengths,
        help,
        message,
    } = words;
    view! {
        <div class="reply-words">
            {(!strengths.is_empty()).then(|| view! {
                <h4>{t!(i18n, others.good_at)}</h4>
                <ul class="reply-picks">
                    {strengths.into_iter().map(|p| view! { <li>{move || strength_text(i18n, &p)}</li> }).collect_view()}
                </ul>
            })}
            {(!help.is_empty()).then(|| view! {
                <h4>{move || t_string!(i18n, others.would_help).replace("{name}", &from)}</h4>
                <ul class="reply-picks">
                    {help.into_iter().map(|p| view! { <li>{move || help_text(i18n, &p)}</li> }).collect_view()}
                </ul>
            })}
            {message.map(|text| view! {
                <h4>{t!(i18n, others.message)}</h4>
                <blockquote class="reply-message">{text}</blockquote>
            })}
        </div>
    }
}

/// "Wat anderen in mij zien" on the overview sheet: each kept reply with who said it and when.
/// `remove` is the youngster's own control beside each (none on a shared summary).
#[component]
pub fn OthersPart(
    others: Vec<OthersSay>,
    remove: Option<Callback<(u32, String), AnyView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="overview-part others-part" aria-labelledby="others-title">
            <h2 id="others-title">{t!(i18n, others.title)}</h2>
            <ul class="plain others-list">
                {others
                    .into_iter()
                    .map(|said| {
                        let name = said.words.from.clone();
                        let title = name.clone();
                        let on = said.on;
                        view! {
                            <li class="other-says">
                                <h3>{move || t_string!(i18n, others.sees_in_you).replace("{name}", &title)}</h3>
                                <ReplyWordsView words=said.words />
                                <p class="step-detail">{move || t_string!(i18n, others.said_on).replace("{date}", &date_text(i18n, on))}</p>
                                {remove.map(|r| r.run((said.reply, name)))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
