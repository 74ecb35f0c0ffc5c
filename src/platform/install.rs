//! Installing the app to the home screen: the browser's own install prompt (Chromium's
//! `beforeinstallprompt`, kept for later), and the facts that decide which offer fits the phone.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::browser;

thread_local! {
    /// The `beforeinstallprompt` event, kept until the youngster says yes (it can prompt once).
    static DEFERRED_PROMPT: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

/// How the phone can install the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallWay {
    /// The browser offered its install prompt (Chromium, Android).
    Prompt,
    /// iPhone or iPad: the share menu, then "Add to Home Screen". There is no prompt to show.
    ShareMenu,
}

/// Keeps the browser's install prompt instead of letting it show by itself, and calls
/// `on_change(true)` when one is kept, `on_change(false)` once the app got installed.
pub fn listen(on_change: impl Fn(bool) + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_available = on_change.clone();
    let keep_prompt = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        DEFERRED_PROMPT.with(|slot| *slot.borrow_mut() = Some(event));
        on_available(true);
    });
    let installed = Closure::<dyn Fn()>::new(move || {
        DEFERRED_PROMPT.with(|slot| slot.borrow_mut().take());
        on_change(false);
    });
    let added = window
        .add_event_listener_with_callback(
            "beforeinstallprompt",
            keep_prompt.as_ref().unchecked_ref(),
        )
        .and_then(|()| {
            window.add_event_listener_with_callback(
                "appinstalled",
                installed.as_ref().unchecked_ref(),
            )
        });
    if let Err(error) = added {
        leptos::logging::warn!(
            "cannot listen for the install prompt: {}",
            browser::describe(&error)
        );
    }
    keep_prompt.forget();
    installed.forget();
}

/// The way this phone can install the app, if it can and has not already.
pub fn install_way(prompt_kept: bool) -> Option<InstallWay> {
    if is_standalone() {
        None
    } else if prompt_kept {
        Some(InstallWay::Prompt)
    } else if is_apple_mobile() {
        Some(InstallWay::ShareMenu)
    } else {
        None
    }
}

/// Shows the browser's install prompt. `Ok(true)` when the youngster accepted it.
pub async fn prompt() -> Result<bool, String> {
    let event = DEFERRED_PROMPT
        .with(|slot| slot.borrow_mut().take())
        .ok_or("the browser has no install prompt to show")?;
    let call = |name: &str| -> Result<JsValue, String> {
        let method: js_sys::Function = js_sys::Reflect::get(&event, &JsValue::from_str(name))
            .map_err(|e| browser::describe(&e))?
            .dyn_into()
            .map_err(|_| format!("the install prompt has no {name}()"))?;
        method.call0(&event).map_err(|e| browser::describe(&e))
    };
    let shown = call("prompt")?;
    if let Ok(promise) = shown.dyn_into::<js_sys::Promise>() {
        JsFuture::from(promise)
            .await
            .map_err(|e| browser::describe(&e))?;
    }
    let choice = js_sys::Reflect::get(&event, &JsValue::from_str("userChoice"))
        .map_err(|e| browser::describe(&e))?;
    let choice = match choice.dyn_into::<js_sys::Promise>() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .map_err(|e| browser::describe(&e))?,
        Err(value) => value,
    };
    let outcome = js_sys::Reflect::get(&choice, &JsValue::from_str("outcome"))
        .ok()
        .and_then(|o| o.as_string());
    Ok(outcome.as_deref() == Some("accepted"))
}

/// The app runs from the home screen (installed), not in a browser tab.
fn is_standalone() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let display_mode = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    // Safari on iOS says so in `navigator.standalone` instead.
    let ios_standalone =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
    display_mode || ios_standalone
}

/// iPhone, iPod or iPad (an iPad asks for the desktop site and says "Macintosh", but has touch).
fn is_apple_mobile() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|name| agent.contains(name))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1)
}
