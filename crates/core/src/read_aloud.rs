//! Reading a question aloud with the phone's own speech synthesis: what is said (the question,
//! its help and example, then every choice with its example), and which of the phone's voices
//! says it. The browser calls live in the app's `platform::speech`; the rules are here.

use crate::journey::{Input, Pack, Person, Question};
use crate::settings::Language;

/// A voice the phone offers, as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    /// A BCP 47 tag such as `nl-BE`, `fi_FI` or `en`.
    pub lang: String,
    /// The voice runs on the phone itself, so it also speaks offline.
    pub local: bool,
    /// The browser's default voice.
    pub default: bool,
}

/// The region whose accent fits the content best: the Dutch and English packs are for
/// youngsters in Flanders, the Finnish one for Finland.
fn home_region(language: Language) -> &'static str {
    match language {
        Language::Nl => "be",
        Language::En => "gb",
        Language::Fi => "fi",
    }
}

/// The index of the voice that reads `language`, or `None` when the phone has no voice for it
/// (then the app shows no read-aloud button). Among the voices of that language, one on the
/// phone comes before one over the network (which needs internet), then the content's region
/// (Flemish for Dutch), then the browser's default, then the first.
pub fn pick_voice(voices: &[VoiceInfo], language: Language) -> Option<usize> {
    let region = home_region(language);
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| Language::from_tag(&voice.lang) == Some(language))
        .max_by_key(|(index, voice)| {
            let in_region = voice
                .lang
                .split(['-', '_'])
                .nth(1)
                .is_some_and(|r| r.eq_ignore_ascii_case(region));
            // The first voice wins a tie: a smaller index weighs more.
            (voice.local, in_region, voice.default, usize::MAX - index)
        })
        .map(|(index, _)| index)
}

/// What the read-aloud button says for `question`: the prompt, its help and example, then what
/// can be chosen (choices and cards with their examples, the faces, both ends of a scale, the
/// youngster's people, the suggested first steps), or the examples of a text question after
/// `for_example` ("Bijvoorbeeld:"). Every part ends as a sentence, so the voice pauses between
/// them.
pub fn question_script(
    question: &Question,
    pack: &Pack,
    people: &[Person],
    for_example: &str,
) -> String {
    let mut parts: Vec<String> = vec![question.prompt.clone()];
    parts.extend(question.help.iter().cloned());
    parts.extend(question.example.iter().cloned());
    match &question.input {
        Input::Faces => parts.extend(pack.texts.faces.iter().cloned()),
        Input::Scale {
            min_label,
            max_label,
            ..
        } => {
            parts.push(format!("0: {min_label}"));
            parts.push(format!("10: {max_label}"));
        }
        Input::People { .. } => parts.extend(
            people
                .iter()
                .map(|p| format!("{}: {}", p.name, pack.relation_label(&p.relation))),
        ),
        Input::Text { examples, .. } if !examples.is_empty() => {
            parts.push(for_example.to_owned());
            parts.extend(examples.iter().cloned());
        }
        _ => {}
    }
    for choice in question.input.choices() {
        parts.push(choice.label.clone());
        parts.extend(choice.example.iter().cloned());
    }
    sentences(&parts)
}

/// The lines of a question outside the content (the evaluation at the end of an island): the
/// question, then each line, as sentences.
pub fn lines_script(lines: &[&str]) -> String {
    let parts: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    sentences(&parts)
}

/// Joins the parts as sentences (also for a picture's text alternative): each ends with a full stop unless it already ends a sentence
/// or leads into the next part ("?", "!", "…", ":"); empty parts are left out. "1 = helemaal
/// niet" becomes "1: helemaal niet": many voices read "=" as "is gelijk aan".
pub fn sentences(parts: &[String]) -> String {
    parts
        .iter()
        .map(|part| part.trim().replace(" = ", ": "))
        .filter(|part| !part.is_empty())
        .map(|part| {
            let ended = part.ends_with(['.', '?', '!', '…', ':']);
            if ended { part } else { format!("{part}.") }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{PersonId, testing::sample_pack};

    fn voice(lang: &str, local: bool, default: bool) -> VoiceInfo {
        VoiceInfo {
            lang: lang.into(),
            local,
            default,
        }
    }

    fn question(pack: &Pack, exercise: &str, id: &str) -> Question {
        pack.exercise(exercise)
            .unwrap()
            .1
            .question(id)
            .unwrap()
            .clone()
    }

    #[test]
    fn no_voice_of_the_language_means_no_voice() {
        let voices = [voice("en-US", true, true), voice("de-DE", true, false)];
        assert_eq!(pick_voice(&voices, Language::Nl), None);
        assert_eq!(pick_voice(&[], Language::Fi), None);
    }

    #[test]
    fn a_voice_on_the_phone_beats_one_over_the_network() {
        let voices = [voice("nl-BE", false, true), voice("nl-NL", true, false)];
        assert_eq!(pick_voice(&voices, Language::Nl), Some(1));
    }

    #[test]
    fn a_flemish_voice_beats_a_dutch_one_and_the_default() {
        let voices = [
            voice("nl-NL", true, true),
            voice("nl_BE", true, false),
            voice("fi-FI", true, false),
        ];
        assert_eq!(pick_voice(&voices, Language::Nl), Some(1));
        assert_eq!(pick_voice(&voices, Language::Fi), Some(2));
    }

    #[test]
    fn among_equal_voices_the_default_then_the_first_wins() {
        let voices = [
            voice("en-US", true, false),
            voice("en-AU", true, true),
            voice("en-CA", true, false),
        ];
        assert_eq!(pick_voice(&voices, Language::En), Some(1));
        let plain = [voice("fi", true, false), voice("FI", true, false)];
        assert_eq!(pick_voice(&plain, Language::Fi), Some(0));
    }

    #[test]
    fn a_choice_question_says_the_prompt_help_then_each_choice_with_its_example() {
        let pack = sample_pack();
        let script = question_script(&question(&pack, "wonen_nu", "q_waar"), &pack, &[], "");
        assert_eq!(
            script,
            "Bij wie woon je nu? Kies wat past. Bij mijn ouders. Of bij een van hen. Alleen. \
             Iets anders…"
        );
    }

    #[test]
    fn faces_are_read_by_their_names_and_a_scale_by_its_ends() {
        let pack = sample_pack();
        let faces = question_script(&question(&pack, "wonen_nu", "q_gevoel"), &pack, &[], "");
        assert_eq!(
            faces,
            "Hoe voel je je thuis? Heel slecht. Niet zo goed. Gaat wel. Goed. Heel goed."
        );
        let scale = question_script(&question(&pack, "wonen_nu", "q_nu"), &pack, &[], "");
        assert_eq!(scale, "Hoe gaat wonen nu? 0: Slecht. 10: Top.");
    }

    #[test]
    fn a_card_sort_says_every_card_and_a_first_step_every_suggestion() {
        let pack = sample_pack();
        let cards = question_script(&question(&pack, "wonen_nu", "q_belangrijk"), &pack, &[], "");
        assert_eq!(
            cards,
            "Wat is belangrijk? Leren koken. Sparen voor huur. Een eigen plek."
        );
        let step = question_script(&question(&pack, "wonen_nu", "q_stap"), &pack, &[], "");
        assert_eq!(
            step,
            "Wat is je eerste stap? Eén gerecht leren koken. Opzoeken wat huur kost."
        );
    }

    #[test]
    fn a_people_question_says_who_is_in_my_people() {
        let pack = sample_pack();
        let people = [Person {
            id: PersonId(1),
            name: "Sam".into(),
            relation: "clb".into(),
        }];
        let script = question_script(&question(&pack, "wonen_nu", "q_wie"), &pack, &people, "");
        assert_eq!(script, "Wie helpt je? Sam: CLB.");
    }

    #[test]
    fn a_text_question_says_its_example_and_its_examples_after_for_example() {
        let pack = sample_pack();
        let script = question_script(
            &question(&pack, "wonen_nu", "q_droom"),
            &pack,
            &[],
            "Bijvoorbeeld:",
        );
        assert_eq!(
            script,
            "Hoe ziet je droomplek eruit? Een huisje met een tuin. Bijvoorbeeld: Dicht bij vrienden."
        );
    }

    #[test]
    fn lines_become_sentences_and_empty_ones_go() {
        assert_eq!(
            lines_script(&["Hielp het?", "1 = helemaal niet", " ", "7 = heel erg!"]),
            "Hielp het? 1: helemaal niet. 7: heel erg!"
        );
    }
}
