//! The bridge to the service worker (`/sw.js`, made from `sw/` by `cargo xtask`): registering it,
//! telling the page when the app works offline and when a new version waits, and letting that
//! new version take over when the youngster asks.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::browser;

/// The worker's URL; at the root, so that it serves every route of the app.
const WORKER_URL: &str = "/sw.js";

/// Set once "ready offline" was said. A fact about this phone, not the youngster's data: it is
/// kept apart from the state document, so a restored backup does not say it again.
const READY_TOLD_KEY: &str = "start-to-can.offline-ready-told";

/// The message that lets a waiting worker take over (see `sw/10-offline.js`).
const SKIP_WAITING: &str = "skip-waiting";

/// What the worker has to say to the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerNews {
    /// A worker is active: everything the app needs is cached.
    ReadyOffline,
    /// A new version is installed and waits until the page lets it take over.
    UpdateWaiting,
}

/// Registers the worker and reports its news to `on_news`. Does nothing where service workers are
/// not available (an old browser, or a page not served over HTTPS or from localhost).
pub fn start(on_news: impl Fn(WorkerNews) + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_news: Rc<dyn Fn(WorkerNews)> = Rc::new(on_news);
    wasm_bindgen_futures::spawn_local(async move {
        match register(&container).await {
            Ok(registration) => {
                watch_for_updates(&container, &registration, on_news.clone());
                report_when_ready(&container, on_news).await;
            }
            Err(error) => {
                leptos::logging::warn!("the service worker could not be registered: {error}")
            }
        }
    });
}

/// Lets the waiting worker take over and reloads the page once it has: the youngster asked for it.
/// Without a worker (or none waiting) it only reloads, which brings the newest version.
pub fn activate_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    let reloaded = Cell::new(false);
    let on_change = Closure::<dyn Fn()>::new(move || {
        if !reloaded.replace(true) {
            reload();
        }
    });
    listen(&container, "controllerchange", on_change);
    wasm_bindgen_futures::spawn_local(async move {
        match waiting_worker(&container).await {
            Some(worker) => {
                if let Err(error) = worker.post_message(&JsValue::from_str(SKIP_WAITING)) {
                    leptos::logging::warn!(
                        "could not message the new version: {}",
                        browser::describe(&error)
                    );
                    reload();
                }
            }
            // Another tab let it take over already: this page only needs a reload.
            None => reload(),
        }
    });
}

/// Whether "ready offline" was said on this phone already.
pub fn ready_offline_told() -> bool {
    local_storage().is_some_and(|storage| matches!(storage.get_item(READY_TOLD_KEY), Ok(Some(_))))
}

/// Notes that "ready offline" was said. Failing to note it only means it is said again.
pub fn remember_ready_offline_told() {
    let noted = local_storage()
        .ok_or_else(|| "localStorage is not available".to_owned())
        .and_then(|storage| {
            storage
                .set_item(READY_TOLD_KEY, "1")
                .map_err(|e| browser::describe(&e))
        });
    if let Err(reason) = noted {
        leptos::logging::warn!("could not note that offline use was told: {reason}");
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

use stc_web::service_worker_container as container;

async fn register(container: &ServiceWorkerContainer) -> Result<ServiceWorkerRegistration, String> {
    let registration = JsFuture::from(container.register(WORKER_URL))
        .await
        .map_err(|e| browser::describe(&e))?;
    // A browser that blocks workers (a test harness, a policy) may answer with nothing.
    registration
        .dyn_into()
        .map_err(|value| format!("the browser gave no registration but {value:?}"))
}

/// Reports [`WorkerNews::UpdateWaiting`] for a worker that waits now or finishes installing later.
/// The first worker ever installed is no update: the page then has no controller.
fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_news: Rc<dyn Fn(WorkerNews)>,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        on_news(WorkerNews::UpdateWaiting);
    }
    let watched = registration.clone();
    let container = container.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        if let Some(installing) = watched.installing() {
            report_when_installed(&container, installing, on_news.clone());
        }
    });
    listen(registration, "updatefound", on_update_found);
    check_again_when_back(registration.clone());
}

/// A phone keeps the app open in the background for days, and the browser looks for a new version
/// only on a navigation: so look again when the app comes back to the screen, at most hourly.
fn check_again_when_back(registration: ServiceWorkerRegistration) {
    const HOUR_MS: f64 = 3_600_000.0;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let last_check = Cell::new(js_sys::Date::now());
    let watched = document.clone();
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        let now = js_sys::Date::now();
        if !watched.hidden() && now - last_check.get() > HOUR_MS {
            last_check.set(now);
            let registration = registration.clone();
            // Offline, the check fails: that is no news, so it is not reported.
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(checking) = registration.update() {
                    let _ = JsFuture::from(checking).await;
                }
            });
        }
    });
    listen(&document, "visibilitychange", on_visibility);
}

/// Adds a listener for the life of the page.
fn listen(target: &web_sys::EventTarget, event: &str, handler: Closure<dyn Fn()>) {
    if let Err(error) =
        target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref())
    {
        leptos::logging::warn!("cannot listen for {event}: {}", browser::describe(&error));
    }
    handler.forget();
}

fn report_when_installed(
    container: &ServiceWorkerContainer,
    worker: ServiceWorker,
    on_news: Rc<dyn Fn(WorkerNews)>,
) {
    let container = container.clone();
    let watched = worker.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_news(WorkerNews::UpdateWaiting);
        }
    });
    listen(&worker, "statechange", on_state_change);
}

/// `ready` settles once a worker is active, that is once everything is cached.
async fn report_when_ready(container: &ServiceWorkerContainer, on_news: Rc<dyn Fn(WorkerNews)>) {
    let Ok(ready) = container.ready() else {
        return;
    };
    match JsFuture::from(ready).await {
        Ok(_) => on_news(WorkerNews::ReadyOffline),
        Err(error) => leptos::logging::warn!(
            "the service worker did not get ready: {}",
            browser::describe(&error)
        ),
    }
}

async fn waiting_worker(container: &ServiceWorkerContainer) -> Option<ServiceWorker> {
    let registration = JsFuture::from(container.get_registration()).await.ok()?;
    registration
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()?
        .waiting()
}

fn reload() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Err(error) = window.location().reload() {
        leptos::logging::warn!("could not reload: {}", browser::describe(&error));
    }
}
