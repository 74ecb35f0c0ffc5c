use stc_server::{configuration::Settings, startup};

#[tokio::main]
async fn main() {
    stc_server::telemetry::init();
    let settings = match Settings::from_env_and_args(std::env::args().skip(1)) {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("stc-server: {message}\n\n{}", Settings::USAGE);
            std::process::exit(2);
        }
    };
    if let Err(error) = startup::run(settings).await {
        eprintln!("stc-server: {error:#}");
        std::process::exit(1);
    }
}
