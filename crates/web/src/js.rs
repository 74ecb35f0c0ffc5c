//! Small helpers for browser APIs that web-sys lacks or that may be missing on a phone: read a
//! property, call a method, all feature-detected through `js_sys::Reflect` and never throwing.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::describe;

/// `object[name]`, or `None` when it is missing (`undefined` or `null`).
pub fn get(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// Calls `object[name](...args)`; an error when there is no such method or it throws.
pub fn call(object: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, String> {
    let function: js_sys::Function = get(object, name)
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("{name} is not available"))?;
    let args: js_sys::Array = args.iter().copied().collect();
    js_sys::Reflect::apply(&function, object, &args).map_err(|e| describe(&e))
}

/// Calls a method that returns a promise and waits for it.
pub async fn call_async(
    object: &JsValue,
    name: &str,
    args: &[&JsValue],
) -> Result<JsValue, String> {
    let promise: js_sys::Promise = call(object, name, args)?
        .dyn_into()
        .map_err(|_| format!("{name} did not return a promise"))?;
    JsFuture::from(promise).await.map_err(|e| describe(&e))
}

/// A plain object from `(key, value)` pairs.
pub fn object(entries: &[(&str, &JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// The window as a `JsValue`, if there is one.
pub fn window() -> Option<JsValue> {
    web_sys::window().map(JsValue::from)
}

/// `navigator`, if there is one.
pub fn navigator() -> Option<JsValue> {
    window().and_then(|w| get(&w, "navigator"))
}
