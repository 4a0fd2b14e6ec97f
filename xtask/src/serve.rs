//! The dev server for `target/site/`: tower-http's `ServeDir` (MIME types by file name — wasm
//! needs `application/wasm` for streaming compilation — and the build's precompressed `.br`/`.gz`
//! copies, as a real host or CDN would send them) on axum, plus the headers a host would add:
//! cache lifetimes, CORS, and the CSP demo pages' policies. Localhost only.

use std::net::TcpListener;
use std::path::PathBuf;
use std::thread;

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower_http::services::ServeDir;

use crate::{build, setup};

/// `cargo xtask serve`: builds (unless `build` is false: the site already built) and serves on
/// `port` until Ctrl+C.
pub fn run(port: u16, build: bool) -> Result<(), String> {
    let site = if build {
        setup::for_build()?;
        build::site()?
    } else {
        build::site_dir()
    };
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    println!("Preventiewijzer demo: http://localhost:{port}/  (Ctrl+C stops)");
    serve(listener, site)
}

/// Serves `root` on `listener` until the process ends.
pub fn serve(listener: TcpListener, root: PathBuf) -> Result<(), String> {
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build().map_err(|e| e.to_string())?;
    runtime
        .block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            axum::serve(listener, app(root)).await
        })
        .map_err(|e| format!("server: {e}"))
}

/// Starts serving `root` on a free localhost port in the background; returns the base URL.
pub fn spawn(root: PathBuf) -> Result<String, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    thread::spawn(move || {
        if let Err(e) = serve(listener, root) {
            eprintln!("xtask: {e}");
        }
    });
    Ok(format!("http://127.0.0.1:{port}/"))
}

/// The files of `root` (a folder's `index.html` for the folder), with the host's headers.
fn app(root: PathBuf) -> Router {
    let files = ServeDir::new(root).precompressed_br().precompressed_gzip();
    Router::new().fallback_service(files).layer(middleware::from_fn(host_headers))
}

/// The headers a host adds to every response.
async fn host_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // Content-hashed names (`stem.0123456789ab.ext`) never change content: cache them for a year.
    let cache = if is_hashed(&path) { "public, max-age=31536000, immutable" } else { "no-cache" };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    // Text in UTF-8, said explicitly (mime_guess names only the type).
    let text = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).filter(|t| t.starts_with("text/") && !t.contains("charset")).map(str::to_owned);
    if let Some(t) = text.and_then(|t| HeaderValue::from_str(&format!("{t}; charset=utf-8")).ok()) {
        headers.insert(header::CONTENT_TYPE, t);
    }
    if let Some(policy) = csp(&path) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    }
    response
}

/// The strict policies of the CSP demo pages: `csp.html` must work fully under it;
/// `csp-no-wasm.html` lacks 'wasm-unsafe-eval', so the widget shows its fallback list.
fn csp(path: &str) -> Option<&'static str> {
    match path.rsplit('/').next()? {
        "csp.html" => Some("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"),
        "csp-no-wasm.html" => Some("default-src 'self'; script-src 'self'; style-src 'self'"),
        _ => None,
    }
}

/// `name.0123456789ab.ext`: a build output named by its content (see build.rs).
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    name.split('.').any(|part| part.len() == 12 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    /// The response head and body for `GET path` with `Accept-Encoding: accept`.
    fn get(base: &str, method: &str, path: &str, accept: &str) -> (String, Vec<u8>) {
        let mut stream = TcpStream::connect(base.trim_start_matches("http://").trim_end_matches('/')).unwrap();
        write!(stream, "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: {accept}\r\nConnection: close\r\n\r\n").unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        let at = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (String::from_utf8_lossy(&bytes[..at]).to_ascii_lowercase(), bytes[at + 4..].to_vec())
    }

    #[test]
    fn the_server_sends_what_a_host_would() {
        let root = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("widget")).unwrap();
        std::fs::write(root.join("index.html"), "<p>start</p>").unwrap();
        std::fs::write(root.join("csp.html"), "<p>csp</p>").unwrap();
        std::fs::write(root.join("widget/a.0123456789ab.wasm"), b"\0asm").unwrap();
        std::fs::write(root.join("widget/a.0123456789ab.wasm.br"), b"BROTLI").unwrap();
        std::fs::write(root.join("widget/a.0123456789ab.wasm.gz"), b"GZIP").unwrap();
        let base = spawn(root.clone()).unwrap();

        let (head, body) = get(&base, "GET", "/widget/a.0123456789ab.wasm", "gzip, deflate, br");
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("content-type: application/wasm"), "{head}");
        assert!(head.contains("content-encoding: br"), "{head}");
        assert!(head.contains("cache-control: public, max-age=31536000, immutable"), "{head}");
        assert!(head.contains("access-control-allow-origin: *") && head.contains("vary: accept-encoding"), "{head}");
        assert_eq!(body, b"BROTLI");
        let (head, body) = get(&base, "GET", "/widget/a.0123456789ab.wasm", "gzip");
        assert!(head.contains("content-encoding: gzip"), "{head}");
        assert_eq!(body, b"GZIP");
        let (head, body) = get(&base, "GET", "/widget/a.0123456789ab.wasm", "identity");
        assert!(!head.contains("content-encoding"), "{head}");
        assert_eq!(body, b"\0asm");

        let (head, body) = get(&base, "GET", "/", "");
        assert!(head.contains("content-type: text/html; charset=utf-8") && head.contains("cache-control: no-cache"), "{head}");
        assert_eq!(body, b"<p>start</p>");
        assert!(!head.contains("content-security-policy"), "{head}");
        let (head, _) = get(&base, "GET", "/csp.html?x=1", "");
        assert!(head.contains("content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"), "{head}");
        let (head, body) = get(&base, "HEAD", "/csp.html", "");
        assert!(head.starts_with("http/1.1 200") && body.is_empty(), "{head}");

        assert!(get(&base, "GET", "/missing.js", "").0.starts_with("http/1.1 404"));
        assert!(get(&base, "GET", "/../Cargo.toml", "").0.starts_with("http/1.1 404"));
        assert!(get(&base, "GET", "/%2e%2e/Cargo.toml", "").0.starts_with("http/1.1 404"));
        assert!(get(&base, "POST", "/index.html", "").0.starts_with("http/1.1 405"));
        let _ = std::fs::remove_dir_all(&root);
    }
}
