//! A small static file server for `target/site/` with the right MIME types (wasm needs
//! `application/wasm` for streaming compilation). Localhost only.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

use crate::{build, setup};

pub fn run(args: &[String]) -> Result<(), String> {
    let usage = || "usage: cargo xtask serve [--port N] [--no-build]".to_string();
    let (mut port, mut build) = (8080, true);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--port" => {
                let n = it.next().ok_or_else(usage)?;
                port = n.parse().map_err(|_| format!("--port: `{n}` is not a port number"))?;
            }
            // Serves the site already built (after `cargo xtask build`).
            "--no-build" => build = false,
            _ => return Err(usage()),
        }
    }
    let site = if build {
        setup::for_build()?;
        build::site()?
    } else {
        build::site_dir()
    };
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    println!("Preventiewijzer demo: http://localhost:{port}/  (Ctrl+C stops)");
    serve(listener, site);
    Ok(())
}

/// Serves `root` on `listener` until the process ends.
pub fn serve(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        thread::spawn(move || {
            let _ = respond(stream, &root);
        });
    }
}

/// Starts serving `root` on a free localhost port in the background; returns the base URL.
pub fn spawn(root: PathBuf) -> Result<String, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    thread::spawn(move || serve(listener, root));
    Ok(format!("http://127.0.0.1:{port}/"))
}

fn respond(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    let (mut gzip, mut brotli) = (false, false);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        let lower = header.to_ascii_lowercase();
        if let Some(accepted) = lower.strip_prefix("accept-encoding:") {
            gzip |= accepted.contains("gzip");
            brotli |= accepted.split(',').any(|e| e.trim().split(';').next() == Some("br"));
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = resolve(root, path);
    // Precompressed by the build (`file.br`, `file.gz`), as a real host or CDN would serve it.
    let variant = |ext: &str, accepted: bool| {
        let f = file.as_ref()?;
        let v = f.with_file_name(format!("{}.{ext}", f.file_name()?.to_string_lossy()));
        (accepted && v.is_file()).then_some(v)
    };
    let (compressed, encoding) = match (variant("br", brotli), variant("gz", gzip)) {
        (Some(br), _) => (Some(br), "Content-Encoding: br\r\n"),
        (None, Some(gz)) => (Some(gz), "Content-Encoding: gzip\r\n"),
        _ => (None, ""),
    };
    // Content-hashed names (`stem.0123456789ab.ext`) never change content: cache them for a year.
    let cache = if is_hashed(path) { "public, max-age=31536000, immutable" } else { "no-cache" };
    let (status, body, mime) = match (method, file.and_then(|f| std::fs::read(compressed.as_ref().unwrap_or(&f)).ok().map(|b| (b, mime(&f))))) {
        ("GET" | "HEAD", Some((body, mime))) => ("200 OK", body, mime),
        ("GET" | "HEAD", None) => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
        _ => ("405 Method Not Allowed", b"method not allowed".to_vec(), "text/plain; charset=utf-8"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\n\
         Access-Control-Allow-Origin: *\r\nX-Content-Type-Options: nosniff\r\nVary: Accept-Encoding\r\n{encoding}{}Connection: close\r\n\r\n",
        body.len(),
        csp(path).map(|p| format!("Content-Security-Policy: {p}\r\n")).unwrap_or_default()
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
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

/// The file for a URL path inside `root`; never outside it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
