//! The page's half of reminders in the service worker (`sw/50-reminders.js`): the plan it reads
//! from Cache Storage, and the periodic background sync that wakes it (installed Chromium apps).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::browser::describe;
use super::{js, notify};

/// The cache that holds the plan; the worker's cache clean-up must keep it.
pub const PLAN_CACHE: &str = "stc-reminders";
/// The plan's key in that cache.
pub const PLAN_KEY: &str = "/__stc/reminder-plan.json";
/// The periodic sync tag the worker listens for.
pub const SYNC_TAG: &str = "stc-reminder";
/// Browsers wake an installed app at most about this often; more often is not on offer.
const SYNC_MIN_INTERVAL_MS: f64 = 12.0 * 60.0 * 60.0 * 1000.0;

fn caches() -> Result<web_sys::CacheStorage, String> {
    let window = web_sys::window().ok_or("no window")?;
    // Missing in insecure contexts; `caches()` would throw then.
    if js::get(&window, "caches").is_none() {
        return Err("Cache Storage is not available".into());
    }
    window.caches().map_err(|e| describe(&e))
}

/// Writes the plan (JSON, see `stc_core::reminders::NotificationPlan`).
pub async fn write(json: &str) -> Result<(), String> {
    let caches = caches()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(PLAN_CACHE))
        .await
        .map_err(|e| describe(&e))?
        .unchecked_into();
    let init = web_sys::ResponseInit::new();
    let headers = web_sys::Headers::new().map_err(|e| describe(&e))?;
    headers
        .set("Content-Type", "application/json")
        .map_err(|e| describe(&e))?;
    init.set_headers(&headers);
    let response = web_sys::Response::new_with_opt_str_and_init(Some(json), &init)
        .map_err(|e| describe(&e))?;
    JsFuture::from(cache.put_with_str(PLAN_KEY, &response))
        .await
        .map_err(|e| describe(&e))?;
    Ok(())
}

/// Removes the plan, so the worker shows nothing.
pub async fn delete() -> Result<(), String> {
    let caches = caches()?;
    JsFuture::from(caches.delete(PLAN_CACHE))
        .await
        .map_err(|e| describe(&e))?;
    Ok(())
}

/// `registration.periodicSync`, where the browser has it.
async fn periodic_sync() -> Option<JsValue> {
    let registration = notify::service_worker_registration().await?;
    js::get(&registration, "periodicSync")
}

/// Asks to be woken about twice a day, where periodic sync exists and is permitted (an
/// installed Chromium app). `Ok(false)`: not available here, which is fine.
pub async fn register_periodic_sync() -> Result<bool, String> {
    let Some(sync) = periodic_sync().await else {
        return Ok(false);
    };
    if !periodic_sync_permitted().await {
        return Ok(false);
    }
    let options = js::object(&[("minInterval", &JsValue::from_f64(SYNC_MIN_INTERVAL_MS))]);
    js::call_async(&sync, "register", &[&JsValue::from_str(SYNC_TAG), &options]).await?;
    Ok(true)
}

/// Stops being woken for reminders.
pub async fn unregister_periodic_sync() -> Result<(), String> {
    let Some(sync) = periodic_sync().await else {
        return Ok(());
    };
    js::call_async(&sync, "unregister", &[&JsValue::from_str(SYNC_TAG)]).await?;
    Ok(())
}

/// `navigator.permissions.query({name: 'periodic-background-sync'})` says granted.
async fn periodic_sync_permitted() -> bool {
    let Some(permissions) = js::navigator().and_then(|n| js::get(&n, "permissions")) else {
        return false;
    };
    let query = js::object(&[("name", &JsValue::from_str("periodic-background-sync"))]);
    match js::call_async(&permissions, "query", &[&query]).await {
        Ok(status) => {
            js::get(&status, "state")
                .and_then(|s| s.as_string())
                .as_deref()
                == Some("granted")
        }
        Err(_) => false,
    }
}
