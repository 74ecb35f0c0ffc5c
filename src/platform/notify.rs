//! Notifications and the app icon badge. Everything is feature-detected: iOS Safari outside an
//! installed app has no `Notification` at all, and only some browsers have the Badging API.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

use super::js;

/// Whether the app may show notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Granted,
    Denied,
    /// Not asked yet.
    Ask,
    /// This browser has no notifications.
    Unsupported,
}

/// The tag every reminder notification carries: a new one replaces the old one.
pub const NOTIFICATION_TAG: &str = "stc-reminder";
const NOTIFICATION_ICON: &str = "/icons/icon-192.png";

/// `window.Notification`, if this browser has it.
fn notification_class() -> Option<JsValue> {
    js::window().and_then(|w| js::get(&w, "Notification"))
}

fn permission_from(value: Option<String>) -> Permission {
    match value.as_deref() {
        Some("granted") => Permission::Granted,
        Some("denied") => Permission::Denied,
        Some(_) => Permission::Ask,
        None => Permission::Unsupported,
    }
}

/// The current notification permission.
pub fn permission() -> Permission {
    let Some(class) = notification_class() else {
        return Permission::Unsupported;
    };
    permission_from(js::get(&class, "permission").and_then(|p| p.as_string()))
}

/// Asks the youngster (through the browser) whether the app may show notifications. Must be
/// called from a tap, or browsers refuse to ask.
pub async fn request_permission() -> Permission {
    let Some(class) = notification_class() else {
        return Permission::Unsupported;
    };
    match js::call_async(&class, "requestPermission", &[]).await {
        Ok(answer) => permission_from(answer.as_string()),
        Err(reason) => {
            leptos::logging::warn!("asking for notifications failed: {reason}");
            permission()
        }
    }
}

/// Shows a notification: through the service worker when one is registered (so it works when
/// the page is gone and its click is handled there), else from the page, where a click calls
/// `on_click` with `url`.
pub async fn show(
    title: &str,
    body: &str,
    url: &str,
    on_click: impl Fn(String) + 'static,
) -> Result<(), String> {
    let data = js::object(&[("url", &JsValue::from_str(url))]);
    let options = js::object(&[
        ("body", &JsValue::from_str(body)),
        ("tag", &JsValue::from_str(NOTIFICATION_TAG)),
        ("icon", &JsValue::from_str(NOTIFICATION_ICON)),
        ("data", &data),
    ]);
    if let Some(registration) = service_worker_registration().await {
        js::call_async(
            &registration,
            "showNotification",
            &[&JsValue::from_str(title), &options],
        )
        .await?;
        return Ok(());
    }
    let class: js_sys::Function = notification_class()
        .ok_or("notifications are not available")?
        .into();
    let args: js_sys::Array = [JsValue::from_str(title), options].into_iter().collect();
    let notification =
        js_sys::Reflect::construct(&class, &args).map_err(|e| super::browser::describe(&e))?;
    let url = url.to_owned();
    let click = Closure::<dyn Fn()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
        }
        on_click(url.clone());
    });
    let _ = js_sys::Reflect::set(&notification, &JsValue::from_str("onclick"), click.as_ref());
    // The notification may be clicked any time later; the closure lives as long as the page.
    click.forget();
    Ok(())
}

/// The page's service worker registration, if there is one.
pub async fn service_worker_registration() -> Option<JsValue> {
    let container = js::navigator().and_then(|n| js::get(&n, "serviceWorker"))?;
    js::call_async(&container, "getRegistration", &[])
        .await
        .ok()
        .filter(|r| !r.is_undefined() && !r.is_null())
}

/// Puts a dot on the app icon (`true`) or takes it away, where the Badging API exists.
pub fn set_badge(on: bool) {
    let Some(navigator) = js::navigator() else {
        return;
    };
    let method = if on { "setAppBadge" } else { "clearAppBadge" };
    if js::get(&navigator, method).is_none() {
        return;
    }
    // The promise rejects when the app is not installed; there is nothing to tell then.
    if let Ok(promise) = js::call(&navigator, method, &[]) {
        let promise: js_sys::Promise = promise.into();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
