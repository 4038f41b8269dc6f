//! `clean [--format text|markdown|jsonl] [--lossy] [--columns] [FILE|-]`: cleans one page.
//!
//! Reads FILE (or stdin when there is none or it is `-`), writes the cleaned
//! blocks to stdout, and exits 2 with a message on stderr when the input
//! cannot be read or is not UTF-8. With `--columns`, columns printed side
//! by side (`pdftotext -layout`) are first put one after another
//! ([`newsprint::split_columns`]); the output's offsets then refer to that
//! text, and a note on stderr says how many runs of lines were split.

use std::io::{Read, Write};
use std::process::ExitCode;

use newsprint::{Cleaner, Format, Options};

const USAGE: &str = "usage: clean [--format text|markdown|jsonl] [--lossy] [--columns] [FILE|-]";

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
    let options = Options::new();
    let mut columns = false;
    let mut lossy = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                let name = args.next().ok_or(USAGE)?;
                format = name.parse().map_err(|e| format!("{e}"))?;
            }
            "--lossy" => lossy = true,
            "--columns" => columns = true,
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
    let cleaner = Cleaner::new(options.lossy(lossy));
    let doc = if columns {
        let text = if lossy {
            String::from_utf8_lossy(&bytes)
        } else {
            std::str::from_utf8(&bytes)
                .map_err(|e| format!("{name}: invalid UTF-8 at byte {}", e.valid_up_to()))?
                .into()
        };
        let split = newsprint::split_columns(&text);
        if split.is_split() {
            eprintln!(
                "clean: {name}: {} runs of lines read column by column",
                split.regions().len()
            );
        }
        cleaner.clean(split.text())
    } else {
        cleaner
            .clean_bytes(&bytes)
            .map_err(|e| format!("{name}: {e}"))?
    };
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    newsprint::render(&doc, format, &mut out).map_err(|e| e.to_string())?;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write output: {e}"))
}
