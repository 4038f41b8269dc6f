//! `clean [--format text|markdown|jsonl] [--lossy] [--no-columns] [FILE|-]`: cleans one page.
//!
//! Reads FILE (or stdin when there is none or it is `-`), writes the cleaned
//! blocks to stdout, and exits 2 with a message on stderr when the input
//! cannot be read or is not UTF-8. Columns printed side by side
//! (`pdftotext -layout`) are read one after another
//! ([`Options::split_columns`]) unless `--no-columns` is given.

use std::io::{Read, Write};
use std::process::ExitCode;

use newsprint::{Cleaner, Format, Options};

const USAGE: &str = "usage: clean [--format text|markdown|jsonl] [--lossy] [--no-columns] [FILE|-]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("clean: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut format = Format::Text;
    let mut path: Option<String> = None;
    let mut options = Options::new().split_columns(true);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                let name = args.next().ok_or(USAGE)?;
                format = name.parse().map_err(|e| format!("{e}"))?;
            }
            "--lossy" => options = options.lossy(true),
            "--no-columns" => options = options.split_columns(false),
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with("--format=") => {
                format = arg["--format=".len()..]
                    .parse()
                    .map_err(|e| format!("{e}"))?;
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg}\n{USAGE}"))
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(USAGE.to_owned()),
        }
    }
    let mut bytes = Vec::new();
    match path.as_deref() {
        None | Some("-") => std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read stdin: {e}"))?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            bytes.len()
        }
    };
    let name = path.as_deref().unwrap_or("-");
    let doc = Cleaner::new(options)
        .clean_bytes(&bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    newsprint::render(&doc, format, &mut out).map_err(|e| e.to_string())?;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write output: {e}"))
}
