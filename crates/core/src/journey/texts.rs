//! Every text of a pack with its place, for the checks on missing texts, translations and
//! sentence length.

use super::content::{Input, Pack};

/// Every text in the pack with its place, in a fixed order.
pub fn texts(pack: &Pack) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (i, face) in pack.texts.faces.iter().enumerate() {
        out.push((format!("texts/faces/{}", i + 1), face));
    }
    out.push(("texts/important".into(), &pack.texts.important));
    out.push(("texts/not_now".into(), &pack.texts.not_now));
    out.push(("help/title".into(), &pack.help.title));
    out.push(("help/intro".into(), &pack.help.intro));
    for relation in &pack.relations {
        let place = format!("relations/{}", relation.id);
        out.push((format!("{place}/label"), &relation.label));
        if let Some(example) = &relation.example {
            out.push((format!("{place}/example"), example));
        }
    }
    for island in &pack.islands {
        let place = island.id.as_str();
        out.push((format!("{place}/title"), &island.title));
        out.push((format!("{place}/description"), &island.description));
        for exercise in &island.exercises {
            let place = format!("{place}/{}", exercise.id);
            out.push((format!("{place}/title"), &exercise.title));
            out.push((format!("{place}/intro"), &exercise.intro));
            for question in &exercise.questions {
                let place = format!("{place}/{}", question.id);
                out.push((format!("{place}/prompt"), &question.prompt));
                if let Some(help) = &question.help {
                    out.push((format!("{place}/help"), help));
                }
                if let Some(example) = &question.example {
                    out.push((format!("{place}/example"), example));
                }
                match &question.input {
                    Input::Scale {
                        min_label,
                        max_label,
                    } => {
                        out.push((format!("{place}/min_label"), min_label));
                        out.push((format!("{place}/max_label"), max_label));
                    }
                    Input::Text { examples } => {
                        for (i, example) in examples.iter().enumerate() {
                            out.push((format!("{place}/examples/{}", i + 1), example));
                        }
                    }
                    _ => {}
                }
                for choice in question.input.choices() {
                    out.push((format!("{place}/{}/label", choice.id), &choice.label));
                    if let Some(example) = &choice.example {
                        out.push((format!("{place}/{}/example", choice.id), example));
                    }
                }
            }
            for tip in &exercise.tips {
                out.push((format!("{place}/tips/{}", tip.id), &tip.text));
            }
        }
    }
    out
}

/// The texts of the pack's help lines: each country has its own lines, so they are not part of
/// [`texts`], which packs of different languages share.
pub fn help_line_texts(pack: &Pack) -> Vec<(String, &str)> {
    pack.help
        .lines
        .iter()
        .flat_map(|line| {
            let place = format!("help/lines/{}", line.id);
            [
                (format!("{place}/name"), line.name.as_str()),
                (format!("{place}/what"), line.what.as_str()),
            ]
        })
        .collect()
}

/// Easy language (B1): at most twelve words a sentence, in the content and in the UI.
pub const MAX_WORDS_PER_SENTENCE: usize = 12;

/// The sentences of `text`: it ends one at `.`, `!`, `?`, `…`, `:` or `;`. Trimmed; pieces
/// without a letter or digit are left out.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '…', ':', ';'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
}

/// Words in `sentence`; a UI placeholder such as `{{ count }}` is one word.
pub fn words(sentence: &str) -> usize {
    let mut count = 0;
    let mut in_placeholder = false;
    for token in sentence.split_whitespace() {
        if in_placeholder {
            in_placeholder = !token.contains("}}");
            continue;
        }
        count += 1;
        in_placeholder = token.starts_with("{{") && !token.contains("}}");
    }
    count
}

/// Sentences longer than `max_words` words, with their place: easy language keeps them short.
pub fn long_sentences(pack: &Pack, max_words: usize) -> Vec<(String, String)> {
    texts(pack)
        .into_iter()
        .chain(help_line_texts(pack))
        .flat_map(|(place, text)| {
            sentences(text)
                .filter(|s| words(s) > max_words)
                .map(move |s| (place.clone(), s.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{question, valid_pack};
    use super::*;

    #[test]
    fn placeholders_are_one_word_and_sentences_end_at_punctuation() {
        assert_eq!(words("Ook de {{ count }} kopieën worden gewist"), 6);
        assert_eq!(words("Vraag {n} van {total}"), 4);
        let split: Vec<&str> = sentences("Klaar! Je kan verder: tik hier. …").collect();
        assert_eq!(split, ["Klaar", "Je kan verder", "tik hier"]);
    }

    #[test]
    fn long_sentences_are_reported_with_their_place() {
        let mut pack = valid_pack();
        assert_eq!(long_sentences(&pack, 12), []);
        question(&mut pack, "q_waar").help = Some(
            "Dit is een hele lange zin met veel te veel woorden voor een scherm. Kort.".into(),
        );
        let long = long_sentences(&pack, 12);
        assert_eq!(long.len(), 1);
        assert_eq!(long[0].0, "wonen/wonen_a/q_waar/help");
    }
}
