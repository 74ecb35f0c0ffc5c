//! The input of each question type. Every widget shows the saved answer and calls `save` the
//! moment the youngster gives one (or `clear` when they take it back); the rules that check an
//! answer live in `stc_core::journey`.

mod choices;
mod first_step;
mod people;
mod scales;
mod text;

use leptos::prelude::*;
use stc_core::journey::{Answer, Input, Pack, Question};

pub use people::{AddPerson, PickPeople};

/// The widget that fits the question's input type.
#[component]
pub fn QuestionInput(
    question: &'static Question,
    pack: &'static Pack,
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let name = question.id.clone();
    match &question.input {
        Input::SingleChoice { choices } => view! {
            <choices::SingleChoice name=name choices=choices answer=answer save=save />
        }
        .into_any(),
        Input::MultipleChoice { choices, max } => view! {
            <choices::MultipleChoice name=name has_help=question.help.is_some() choices=choices max=*max answer=answer save=save clear=clear />
        }
        .into_any(),
        Input::Faces => view! {
            <scales::Faces name=name labels=&pack.texts.faces answer=answer save=save />
        }
        .into_any(),
        Input::Scale {
            min_label,
            max_label,
        } => view! {
            <scales::Scale name=name min_label=min_label max_label=max_label answer=answer save=save />
        }
        .into_any(),
        Input::CardSort { cards } => view! {
            <choices::CardSort cards=cards texts=&pack.texts answer=answer save=save clear=clear />
        }
        .into_any(),
        Input::People {
            suggested_relations,
        } => view! {
            <people::PickPeople pack=pack suggested=suggested_relations answer=answer save=save clear=clear />
        }
        .into_any(),
        Input::FirstStep { suggestions } => view! {
            <first_step::FirstStep pack=pack suggestions=suggestions answer=answer save=save />
        }
        .into_any(),
        Input::Text { examples } => view! {
            <text::ShortText examples=examples answer=answer save=save clear=clear />
        }
        .into_any(),
    }
}
