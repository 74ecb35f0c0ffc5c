//! Requests to the mailbox server of this origin (`connect-src 'self'`): a status and a body,
//! status 0 when no answer came (offline, or the server is down).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the server answered.
pub struct Answer {
    /// The HTTP status; 0 when there was no answer at all.
    pub status: u16,
    pub body: String,
}

impl Answer {
    fn none() -> Answer {
        Answer {
            status: 0,
            body: String::new(),
        }
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Sends `method path` with an optional JSON body and bearer secret. Never from a cache.
pub async fn send(method: &str, path: &str, json: Option<&str>, bearer: Option<&str>) -> Answer {
    let Some(window) = web_sys::window() else {
        return Answer::none();
    };
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoStore);
    let Ok(headers) = web_sys::Headers::new() else {
        return Answer::none();
    };
    if let Some(body) = json {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    if let Some(secret) = bearer {
        let _ = headers.set("Authorization", &format!("Bearer {secret}"));
    }
    init.set_headers(&headers);
    let Ok(request) = web_sys::Request::new_with_str_and_init(path, &init) else {
        return Answer::none();
    };
    let Ok(response) = JsFuture::from(window.fetch_with_request(&request)).await else {
        return Answer::none();
    };
    let response: web_sys::Response = response.unchecked_into();
    let status = response.status();
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    Answer {
        status,
        body: body.unwrap_or_default(),
    }
}
