//! Read aloud: the phone's voices held in a signal (they can arrive after the page opened), and
//! what is being said. The voice that fits a language is chosen by `stc_core::read_aloud`.

use leptos::prelude::*;
use stc_core::Language;
use stc_core::read_aloud::{VoiceInfo, pick_voice};

use crate::platform::speech;

/// Shared through context. `Copy`, so any component can hold it.
#[derive(Clone, Copy)]
pub struct ReadAloud {
    voices: RwSignal<Vec<VoiceInfo>>,
    /// The number of the text being said, if one is; a newer text makes an older one's end
    /// news of nothing.
    speaking: RwSignal<Option<u32>>,
    said: StoredValue<u32>,
}

impl ReadAloud {
    /// Whether the phone has a voice for `language` (tracked: voices can come later).
    pub fn available(&self, language: Language) -> bool {
        self.voices
            .with(|voices| pick_voice(voices, language).is_some())
    }

    pub fn speaking(&self) -> bool {
        self.speaking.with(Option::is_some)
    }

    /// Says `text` in `language`, or stops when something is being said.
    pub fn toggle(&self, text: &str, language: Language) {
        if self.speaking.get_untracked().is_some() {
            self.stop();
            return;
        }
        let Some(voice) = self.voices.with_untracked(|v| pick_voice(v, language)) else {
            return;
        };
        self.said.update_value(|n| *n += 1);
        let number = self.said.get_value();
        let speaking = self.speaking;
        let ended = move || {
            if speaking.get_untracked() == Some(number) {
                speaking.set(None);
            }
        };
        match speech::speak(text, voice, ended) {
            Ok(()) => speaking.set(Some(number)),
            Err(reason) => leptos::logging::warn!("read aloud: {reason}"),
        }
    }

    /// Stops the voice (a new screen, or the youngster asked).
    pub fn stop(&self) {
        if self.speaking.get_untracked().is_some() {
            speech::stop();
            self.speaking.set(None);
        }
    }
}

/// Reads the phone's voices, now and whenever the browser's list changes, and provides
/// [`ReadAloud`].
pub fn provide_read_aloud() {
    let voices = RwSignal::new(speech::voices());
    speech::on_voices_changed(move || voices.set(speech::voices()));
    provide_context(ReadAloud {
        voices,
        speaking: RwSignal::new(None),
        said: StoredValue::new(0),
    });
}

/// The [`ReadAloud`] provided by [`provide_read_aloud`].
pub fn use_read_aloud() -> ReadAloud {
    expect_context::<ReadAloud>()
}
