//! The browser's speech synthesis (`window.speechSynthesis`), feature-detected: the voices the
//! phone has, and saying a text with one of them. Which voice fits is decided by
//! `stc_core::read_aloud`.

use stc_core::read_aloud::VoiceInfo;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use super::js;

fn synthesis() -> Option<JsValue> {
    js::window().and_then(|w| js::get(&w, "speechSynthesis"))
}

fn voice_objects() -> Vec<JsValue> {
    synthesis()
        .and_then(|s| js::call(&s, "getVoices", &[]).ok())
        .map(|list| js_sys::Array::from(&list).to_vec())
        .unwrap_or_default()
}

/// The phone's voices. The list can still be empty just after the page opened: the browser
/// tells [`on_voices_changed`] when it has them.
pub fn voices() -> Vec<VoiceInfo> {
    voice_objects()
        .iter()
        .map(|voice| VoiceInfo {
            lang: js::get(voice, "lang")
                .and_then(|l| l.as_string())
                .unwrap_or_default(),
            local: js::get(voice, "localService").is_some_and(|v| v.is_truthy()),
            default: js::get(voice, "default").is_some_and(|v| v.is_truthy()),
        })
        .collect()
}

/// Calls `changed` whenever the browser's list of voices changes (for as long as the page lives).
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(changed).into_js_value();
    let _ = js::call(
        &synthesis,
        "addEventListener",
        &[&JsValue::from_str("voiceschanged"), &listener],
    );
}

/// Says `text` with the voice at `voice` in [`voices`], in that voice's language, after
/// stopping whatever was being said. `ended` is called when the voice is done or stopped.
pub fn speak(text: &str, voice: usize, ended: impl Fn() + Clone + 'static) -> Result<(), String> {
    let synthesis = synthesis().ok_or("speech synthesis is not available")?;
    let voice = voice_objects()
        .into_iter()
        .nth(voice)
        .ok_or("the voice is gone")?;
    let window = js::window().ok_or("no window")?;
    let constructor: js_sys::Function = js::get(&window, "SpeechSynthesisUtterance")
        .map(Into::into)
        .ok_or("SpeechSynthesisUtterance is not available")?;
    let utterance =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&JsValue::from_str(text)))
            .map_err(|e| super::browser::describe(&e))?;
    let set = |name: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str(name), value);
    };
    set("voice", &voice);
    set(
        "lang",
        &js::get(&voice, "lang").unwrap_or(JsValue::UNDEFINED),
    );
    for event in ["onend", "onerror"] {
        set(event, &Closure::once_into_js(ended.clone()));
    }
    let _ = js::call(&synthesis, "cancel", &[]);
    js::call(&synthesis, "speak", &[&utterance]).map(|_| ())
}

/// Stops saying anything.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        let _ = js::call(&synthesis, "cancel", &[]);
    }
}
