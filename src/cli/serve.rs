//! `caravane serve`: the planner's workbench in the browser.

use super::{Exit, EXIT_FAILURE, EXIT_OK};
use caravane::serve::{workspace::Workspace, AppState, Config};
use caravane::t;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

/// Open the workbench: a local web server over one workspace file, the whole job in the
/// browser (make a stop, solve, move exhibitors on the plan, late changes, versions, print).
/// Prints the address to open, with its access token.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The workspace file (SQLite), made if it does not exist.
    #[arg(long, default_value = "caravane-workspace.sqlite")]
    workspace: PathBuf,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 7878)]
    port: u16,
    /// The address to listen on; other machines of the network can reach any address but
    /// 127.0.0.1 (the token is still required).
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Open the address in the default browser.
    #[arg(long)]
    open: bool,
}

/// Serves until interrupted (Ctrl-C or a termination signal).
pub fn run(args: &ServeArgs) -> Exit {
    let workspace = Workspace::open(&args.workspace).map_err(|e| {
        eprintln!(
            "{}",
            t!(
                "cli-serve-workspace",
                file = args.workspace.display().to_string(),
                error = e
            )
        );
        EXIT_FAILURE
    })?;
    let worker = std::env::current_exe().map_err(|e| {
        eprintln!("{e}");
        EXIT_FAILURE
    })?;
    let config = Config::new(worker).map_err(|e| {
        eprintln!("{e}");
        EXIT_FAILURE
    })?;
    let token = config.token.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            eprintln!("{e}");
            EXIT_FAILURE
        })?;
    runtime.block_on(async move {
        let address = SocketAddr::new(args.host, args.port);
        let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
            eprintln!(
                "{}",
                t!(
                    "cli-serve-cannot-listen",
                    address = address.to_string(),
                    error = e.to_string()
                )
            );
            EXIT_FAILURE
        })?;
        let bound = listener.local_addr().map_err(|_| EXIT_FAILURE)?;
        let shown = if bound.ip().is_unspecified() {
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), bound.port())
        } else {
            bound
        };
        let url = format!("http://{shown}/?token={token}");
        if !args.host.is_loopback() {
            eprintln!(
                "{}",
                t!("cli-serve-open-network", host = args.host.to_string())
            );
        }
        eprintln!(
            "{}",
            t!(
                "cli-serve-workspace-is",
                file = args.workspace.display().to_string()
            )
        );
        println!("{}", t!("cli-serve-address", url = url.as_str()));
        eprintln!("{}", t!("cli-serve-stop"));
        if args.open {
            open_in_browser(&url);
        }
        let state = AppState::new(workspace, config);
        caravane::serve::run(listener, state, shutdown())
            .await
            .map_err(|e| {
                eprintln!("{e}");
                EXIT_FAILURE
            })?;
        eprintln!("{}", t!("cli-serve-stopped"));
        Ok(EXIT_OK)
    })
}

/// Completes on Ctrl-C or on a termination signal.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// Asks the system to open `url` in the default browser; says so when it cannot.
fn open_in_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(program)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("{}", t!("cli-serve-no-browser"));
    }
}
