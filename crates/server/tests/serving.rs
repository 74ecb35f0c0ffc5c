//! How the built app is served: caching per kind of file, compression, content types and the
//! security headers, against the real server and a Trunk-like build.

mod common;

use std::io::Read;

use base64::Engine;
use reqwest::header::{self, HeaderMap};
use serde_json::Value;
use sha2::{Digest, Sha256};

const INLINE_SCRIPT: &str = "\nimport init, * as bindings from '/start-to-can-6d37b89358d15ed4.js';\nconst wasm = await init({ module_or_path: '/start-to-can-6d37b89358d15ed4_bg.wasm' });\nwindow.wasmBindings = bindings;\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n";

const WASM: &str = "/start-to-can-6d37b89358d15ed4_bg.wasm";
const JS: &str = "/start-to-can-6d37b89358d15ed4.js";
const CSS: &str = "/main-3d7ef3dfa83f465f.css";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn index_html() -> String {
    format!(
        "<!doctype html>\n<html lang=\"nl\">\n  <head>\n    <title>Start To Can</title>\n    \
         <link rel=\"stylesheet\" href=\"{CSS}\"/>\n<script type=\"module\">{INLINE_SCRIPT}</script>\n  \
         <link rel=\"modulepreload\" href=\"{JS}\" crossorigin=\"anonymous\"></head>\n  <body></body>\n</html>\n"
    )
}

fn wasm_bytes() -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend((0..8192u32).map(|i| (i % 7) as u8));
    wasm
}

async fn spawn() -> common::TestServer {
    let css = "body { margin: 0; color: var(--ink); background: var(--paper); }\n".repeat(20);
    let js = "export default function init() { return 'start to can'; }\n".repeat(20);
    common::spawn_with_build(&[
        ("index.html", index_html().as_bytes()),
        (&WASM[1..], &wasm_bytes()),
        (&JS[1..], js.as_bytes()),
        (&CSS[1..], css.as_bytes()),
        (
            "manifest.webmanifest",
            br#"{"name": "Start To Can", "short_name": "Start To Can", "start_url": "/", "display": "standalone"}"#,
        ),
        (
            "sw.js",
            b"self.addEventListener('install', (event) => { self.skipWaiting(); });\n",
        ),
    ])
    .await
}

async fn get(server: &common::TestServer, path: &str) -> reqwest::Response {
    reqwest::get(server.url(path)).await.unwrap()
}

async fn get_accepting(
    server: &common::TestServer,
    path: &str,
    accept_encoding: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .get(server.url(path))
        .header(header::ACCEPT_ENCODING, accept_encoding)
        .send()
        .await
        .unwrap()
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .unwrap_or_else(|| panic!("no {name} header"))
        .to_str()
        .unwrap()
}

fn decode(encoding: &str, body: &[u8]) -> Vec<u8> {
    let mut decoded = Vec::new();
    match encoding {
        "gzip" => flate2::read::GzDecoder::new(body)
            .read_to_end(&mut decoded)
            .unwrap(),
        "br" => brotli_decompressor::Decompressor::new(body, 4096)
            .read_to_end(&mut decoded)
            .unwrap(),
        other => panic!("unexpected encoding {other}"),
    };
    decoded
}

#[tokio::test]
async fn content_hashed_build_files_are_cached_forever() {
    let server = spawn().await;
    for path in [WASM, JS, CSS] {
        let response = get(&server, path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            header(response.headers(), "cache-control"),
            IMMUTABLE,
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_page_manifest_and_service_worker_are_always_revalidated() {
    let server = spawn().await;
    for path in [
        "/",
        "/index.html",
        "/settings",
        "/map",
        "/manifest.webmanifest",
        "/sw.js",
    ] {
        let response = get(&server, path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            header(response.headers(), "cache-control"),
            "no-cache",
            "{path}"
        );
    }
}

#[tokio::test]
async fn an_app_route_gets_the_app_shell_with_its_inline_script() {
    let server = spawn().await;
    let response = get(&server, "/settings").await;
    assert_eq!(
        header(response.headers(), "content-type"),
        "text/html",
        "the SPA fallback"
    );
    assert_eq!(response.text().await.unwrap(), index_html());
}

#[tokio::test]
async fn a_revalidated_build_file_keeps_its_cache_header() {
    let server = spawn().await;
    let first = get(&server, WASM).await;
    let last_modified = header(first.headers(), "last-modified").to_string();
    let response = reqwest::Client::new()
        .get(server.url(WASM))
        .header(header::IF_MODIFIED_SINCE, last_modified)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 304);
    assert_eq!(header(response.headers(), "cache-control"), IMMUTABLE);
}

#[tokio::test]
async fn a_missing_build_file_is_a_404_that_is_not_cached() {
    let server = spawn().await;
    for path in ["/start-to-can-0000000000000000_bg.wasm", "/favicon.ico"] {
        let response = get(&server, path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(
            header(response.headers(), "cache-control"),
            "no-cache",
            "{path}"
        );
    }
}

#[tokio::test]
async fn files_are_compressed_with_gzip_or_brotli_when_asked() {
    let server = spawn().await;
    let expected_wasm = wasm_bytes();
    for encoding in ["gzip", "br"] {
        let response = get_accepting(&server, WASM, encoding).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(header(&headers, "content-encoding"), encoding);
        assert!(
            header(&headers, "vary")
                .to_ascii_lowercase()
                .contains("accept-encoding")
        );
        assert_eq!(header(&headers, "cache-control"), IMMUTABLE);
        let body = response.bytes().await.unwrap();
        assert!(
            body.len() < expected_wasm.len(),
            "{encoding} made it smaller"
        );
        assert_eq!(decode(encoding, &body), expected_wasm, "{encoding}");

        let page = get_accepting(&server, "/settings", encoding).await;
        assert_eq!(header(page.headers(), "content-encoding"), encoding);
        assert_eq!(header(page.headers(), "cache-control"), "no-cache");
        let body = page.bytes().await.unwrap();
        assert_eq!(decode(encoding, &body), index_html().as_bytes());
    }
    let both = get_accepting(&server, CSS, "gzip, deflate, br").await;
    assert!(both.headers().contains_key("content-encoding"));
}

/// Like `cargo xtask build`: brotli 11 and gzip 9 copies next to the wasm and the page. The gzip
/// copy names its file in its header, which on-the-fly compression never does, so the test sees
/// which one was sent.
async fn spawn_with_prebuilt() -> (common::TestServer, Vec<(String, Vec<u8>)>) {
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("index.html".to_owned(), index_html().into_bytes()),
        (WASM[1..].to_owned(), wasm_bytes()),
    ];
    let mut prebuilt = Vec::new();
    for (name, bytes) in &files {
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).unwrap();
        prebuilt.push((format!("{name}.br"), br));
        let mut gz = flate2::GzBuilder::new()
            .filename(name.as_str())
            .write(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, bytes).unwrap();
        prebuilt.push((format!("{name}.gz"), gz.finish().unwrap()));
    }
    files.extend(prebuilt.iter().cloned());
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    (common::spawn_with_build(&borrowed).await, prebuilt)
}

#[tokio::test]
async fn the_prebuilt_brotli_or_gzip_file_is_sent_as_it_is() {
    let (server, prebuilt) = spawn_with_prebuilt().await;
    let prebuilt_file = |name: &str| {
        prebuilt
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, bytes)| bytes.clone())
            .unwrap()
    };
    for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
        for (path, file, original, cache_control) in [
            (WASM, &WASM[1..], wasm_bytes(), IMMUTABLE),
            (
                "/settings",
                "index.html",
                index_html().into_bytes(),
                "no-cache",
            ),
            ("/", "index.html", index_html().into_bytes(), "no-cache"),
        ] {
            let response = get_accepting(&server, path, encoding).await;
            assert_eq!(response.status(), 200, "{path}");
            let headers = response.headers().clone();
            assert_eq!(header(&headers, "content-encoding"), encoding, "{path}");
            assert_eq!(header(&headers, "cache-control"), cache_control, "{path}");
            assert!(
                header(&headers, "vary")
                    .to_ascii_lowercase()
                    .contains("accept-encoding"),
                "{path}"
            );
            let body = response.bytes().await.unwrap();
            assert_eq!(
                body.as_ref(),
                prebuilt_file(&format!("{file}.{suffix}")),
                "{encoding} {path}"
            );
            assert_eq!(decode(encoding, &body), original, "{encoding} {path}");
        }
    }
    let wasm = get_accepting(&server, WASM, "gzip, deflate, br").await;
    assert_eq!(header(wasm.headers(), "content-type"), "application/wasm");
    assert_eq!(header(wasm.headers(), "content-encoding"), "br");
    let plain = get(&server, WASM).await;
    assert!(!plain.headers().contains_key("content-encoding"));
    assert_eq!(plain.bytes().await.unwrap(), wasm_bytes());
}

#[tokio::test]
async fn nothing_is_compressed_when_not_asked() {
    let server = spawn().await;
    let response = get(&server, WASM).await;
    assert!(!response.headers().contains_key("content-encoding"));
    assert_eq!(response.bytes().await.unwrap(), wasm_bytes());
    let identity = get_accepting(&server, WASM, "identity").await;
    assert!(!identity.headers().contains_key("content-encoding"));
}

#[tokio::test]
async fn files_have_the_right_content_types() {
    let server = spawn().await;
    for (path, content_type) in [
        (WASM, "application/wasm"),
        (JS, "text/javascript"),
        ("/sw.js", "text/javascript"),
        (CSS, "text/css"),
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/", "text/html"),
    ] {
        let response = get_accepting(&server, path, "br").await;
        assert_eq!(
            header(response.headers(), "content-type"),
            content_type,
            "{path}"
        );
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = spawn().await;
    for path in [
        "/",
        "/settings",
        WASM,
        "/sw.js",
        "/manifest.webmanifest",
        "/api/health",
        "/api/nothing-here",
        "/missing-file.png",
    ] {
        let response = get(&server, path).await;
        let headers = response.headers();
        assert!(
            header(headers, "content-security-policy").starts_with("default-src 'self'; "),
            "{path}"
        );
        for (name, value) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer"),
            ("x-frame-options", "DENY"),
            (
                "permissions-policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
            ),
            ("cross-origin-opener-policy", "same-origin"),
            ("cross-origin-resource-policy", "same-origin"),
        ] {
            assert_eq!(header(headers, name), value, "{name} on {path}");
        }
    }
}

#[tokio::test]
async fn the_policy_allows_the_inline_script_by_its_hash_and_nothing_unsafe() {
    let server = spawn().await;
    let response = get(&server, "/settings").await;
    let policy = header(response.headers(), "content-security-policy").to_string();
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(INLINE_SCRIPT));
    let directives: Vec<&str> = policy.split("; ").collect();
    assert!(
        directives
            .contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'").as_str()),
        "{policy}"
    );
    for directive in [
        "default-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(directives.contains(&directive), "{directive} in {policy}");
    }
    assert!(!policy.contains("'unsafe-inline'"), "{policy}");
    assert!(!policy.contains("'unsafe-eval'"), "{policy}");
}

#[tokio::test]
async fn without_a_built_page_the_policy_allows_no_inline_script() {
    let server = common::spawn_with_build(&[]).await;
    let response = get(&server, "/api/health").await;
    let policy = header(response.headers(), "content-security-policy");
    assert!(
        policy.contains("script-src 'self' 'wasm-unsafe-eval'; "),
        "{policy}"
    );
    assert!(!policy.contains("sha256-"), "{policy}");
}

#[tokio::test]
async fn the_api_is_never_stored_and_still_json() {
    let server = spawn().await;
    for encoding in ["", "gzip", "br"] {
        let response = get_accepting(&server, "/api/health", encoding).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(header(&headers, "cache-control"), "no-store");
        assert_eq!(header(&headers, "content-type"), "application/json");
        let body = response.bytes().await.unwrap();
        let body = match headers.get("content-encoding") {
            Some(used) => decode(used.to_str().unwrap(), &body),
            None => body.to_vec(),
        };
        let health: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(health["status"], "ok", "{encoding:?}");
    }
    let missing = get(&server, "/api/nothing-here").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(header(missing.headers(), "cache-control"), "no-store");
}

// The coach's app: its own build in dist/coach/, served at /coach/ with its own shell.

const COACH_SCRIPT: &str = "\nimport init, * as bindings from '/coach/stc-coach-0123456789abcdef.js';\nawait init({ module_or_path: '/coach/stc-coach-0123456789abcdef_bg.wasm' });\n";

fn coach_index_html() -> String {
    format!(
        "<!doctype html><html><head><title>Start To Can · coach</title><script type=\"module\">{COACH_SCRIPT}</script></head><body></body></html>"
    )
}

async fn spawn_with_coach() -> common::TestServer {
    common::spawn_with_build(&[
        ("index.html", index_html().as_bytes()),
        (&WASM[1..], &wasm_bytes()),
        ("coach/index.html", coach_index_html().as_bytes()),
        ("coach/stc-coach-0123456789abcdef_bg.wasm", &wasm_bytes()),
        ("coach/sw.js", b"// the coach's worker\n"),
    ])
    .await
}

#[tokio::test]
async fn the_coachs_app_and_its_routes_get_the_coachs_page() {
    let server = spawn_with_coach().await;
    for path in [
        "/coach",
        "/coach/",
        "/coach/youngster/zg3KQ1mPRkK7",
        "/coach/device",
    ] {
        let response = get(&server, path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            header(response.headers(), "cache-control"),
            "no-cache",
            "{path}"
        );
        assert_eq!(response.text().await.unwrap(), coach_index_html(), "{path}");
    }
    // The youngster's routes keep the youngster's page.
    assert_eq!(
        get(&server, "/settings").await.text().await.unwrap(),
        index_html()
    );
    assert_eq!(
        get(&server, "/coaching").await.text().await.unwrap(),
        index_html()
    );
}

#[tokio::test]
async fn the_coachs_build_files_are_served_from_its_folder_and_cached_like_the_youngsters() {
    let server = spawn_with_coach().await;
    let wasm = get(&server, "/coach/stc-coach-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), 200);
    assert_eq!(header(wasm.headers(), "cache-control"), IMMUTABLE);
    assert_eq!(wasm.bytes().await.unwrap().to_vec(), wasm_bytes());
    let worker = get(&server, "/coach/sw.js").await;
    assert_eq!(header(worker.headers(), "cache-control"), "no-cache");
    assert_eq!(worker.text().await.unwrap(), "// the coach's worker\n");
    let missing = get(&server, "/coach/stc-coach-ffffffffffffffff_bg.wasm").await;
    assert_eq!(missing.status(), 404);
    // The youngster's files are not reachable under /coach/, nor the coach's at the root.
    assert_eq!(get(&server, &format!("/coach{WASM}")).await.status(), 404);
    assert_eq!(
        get(&server, "/stc-coach-0123456789abcdef_bg.wasm")
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn the_policy_allows_the_inline_scripts_of_both_pages_and_nothing_else() {
    let server = spawn_with_coach().await;
    let response = get(&server, "/coach/").await;
    let policy = header(response.headers(), "content-security-policy").to_string();
    let hash =
        |script: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
    assert!(
        policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{}' 'sha256-{}'",
            hash(INLINE_SCRIPT),
            hash(COACH_SCRIPT)
        )),
        "{policy}"
    );
    assert!(!policy.contains("'unsafe-inline'"), "{policy}");
}

// The invited person's page: its own build in dist/invite/, served at /invite/, its inline
// script allowed like the others.

const INVITE_SCRIPT: &str = "\nimport init, * as bindings from '/invite/stc-invite-0123456789abcdef.js';\nawait init({ module_or_path: '/invite/stc-invite-0123456789abcdef_bg.wasm' });\n";

fn invite_index_html() -> String {
    format!(
        "<!doctype html><html><head><title>Start To Can · wat zie jij?</title><script type=\"module\">{INVITE_SCRIPT}</script></head><body></body></html>"
    )
}

/// Each of `paths` answers with `html`, asked again each time, and a policy that allows its
/// `script` next to the youngster's app's.
async fn assert_own_page(server: &common::TestServer, paths: &[&str], html: &str, script: &str) {
    let hash =
        |script: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
    for path in paths {
        let response = get(server, path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(header(response.headers(), "cache-control"), "no-cache");
        let policy = header(response.headers(), "content-security-policy").to_string();
        for allowed in [script, INLINE_SCRIPT] {
            assert!(
                policy.contains(&format!("'sha256-{}'", hash(allowed))),
                "{path}: {policy}"
            );
        }
        assert_eq!(response.text().await.unwrap(), html, "{path}");
    }
}

#[tokio::test]
async fn the_invite_page_is_served_at_invite_with_its_script_allowed_and_its_files_apart() {
    let server = common::spawn_with_build(&[
        ("index.html", index_html().as_bytes()),
        (&WASM[1..], &wasm_bytes()),
        ("invite/index.html", invite_index_html().as_bytes()),
        ("invite/stc-invite-0123456789abcdef_bg.wasm", &wasm_bytes()),
    ])
    .await;
    // The fragment never reaches the server; the page is the same for every invitation.
    assert_own_page(
        &server,
        &["/invite", "/invite/"],
        &invite_index_html(),
        INVITE_SCRIPT,
    )
    .await;
    let wasm = get(&server, "/invite/stc-invite-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), 200);
    assert_eq!(header(wasm.headers(), "cache-control"), IMMUTABLE);
    assert_eq!(get(&server, &format!("/invite{WASM}")).await.status(), 404);
    // The youngster's routes keep the youngster's page.
    assert_eq!(
        get(&server, "/ask").await.text().await.unwrap(),
        index_html()
    );
}

// The youngster's "Deel met je coach": its own build in dist/share/, served at /share (the
// coach's link is /share?code=…), its inline script allowed like the others.

const SHARE_SCRIPT: &str = "\nimport init, * as bindings from '/share/stc-share-0123456789abcdef.js';\nawait init({ module_or_path: '/share/stc-share-0123456789abcdef_bg.wasm' });\n";

fn share_index_html() -> String {
    format!(
        "<!doctype html><html><head><title>Start To Can · deel met je coach</title><script type=\"module\">{SHARE_SCRIPT}</script></head><body></body></html>"
    )
}

#[tokio::test]
async fn the_share_app_is_served_at_share_with_the_coachs_code_and_its_script_allowed() {
    let server = common::spawn_with_build(&[
        ("index.html", index_html().as_bytes()),
        (&WASM[1..], &wasm_bytes()),
        ("share/index.html", share_index_html().as_bytes()),
        ("share/stc-share-0123456789abcdef_bg.wasm", &wasm_bytes()),
    ])
    .await;
    assert_own_page(
        &server,
        &["/share", "/share?code=ACDE-FG34", "/share/"],
        &share_index_html(),
        SHARE_SCRIPT,
    )
    .await;
    let wasm = get(&server, "/share/stc-share-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), 200);
    assert_eq!(header(wasm.headers(), "cache-control"), IMMUTABLE);
    // A file of another build is not there, and is no page either.
    assert_eq!(get(&server, &format!("/share{WASM}")).await.status(), 404);
    // The youngster's other routes keep the youngster's page.
    for path in ["/overview", "/settings", "/shared"] {
        assert_eq!(
            get(&server, path).await.text().await.unwrap(),
            index_html(),
            "{path}"
        );
    }
}
