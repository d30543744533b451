//! Build-time identity shown by `php --ri rdkafka`: build date, git revision, rustc version.

use std::process::Command;

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let date = output("date", &["-u", "+%b %e %Y %H:%M:%S"]).unwrap_or_else(|| "unknown".into());
    let git = output("git", &["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = output(&rustc, &["--version"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=RDKAFKA_PHP_BUILD_DATE={date}");
    println!("cargo:rustc-env=RDKAFKA_PHP_GIT_REVISION={git}");
    println!("cargo:rustc-env=RDKAFKA_PHP_RUSTC_VERSION={rustc_version}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs");
}
