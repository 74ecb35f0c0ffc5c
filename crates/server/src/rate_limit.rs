//! Rate limits per client address with `tower_governor`: a strict one for registering a mailbox,
//! a looser one for the rest of the mailbox API. The addresses live only in the limiter's memory
//! (never in the database or the log) and are dropped once their quota has refilled.
//!
//! Behind a load balancer every connection comes from the balancer: list its address in
//! `--trusted-proxy`, and have it set `X-Real-IP` to the client's address (overwriting what the
//! client sent). Only requests from a trusted proxy are counted by that header; each instance
//! still limits on its own (see README, "Running at scale").

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, header};
use axum::response::IntoResponse;
use tower_governor::GovernorError;
use tower_governor::GovernorLayer;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::key_extractor::KeyExtractor;

use crate::configuration::RateLimitSettings;
use crate::error::AppError;

type Config = GovernorConfig<
    ClientAddress,
    governor::middleware::NoOpMiddleware<governor::clock::QuantaInstant>,
>;

/// The two limiters, made once so that the same quotas hold for every request.
#[derive(Clone)]
pub struct RateLimits {
    registration: Arc<Config>,
    api: Arc<Config>,
}

impl RateLimits {
    pub fn new(settings: &RateLimitSettings) -> RateLimits {
        RateLimits {
            registration: Arc::new(config(
                Duration::from_secs(3600) / settings.registrations_per_hour,
                settings.registration_burst,
                ClientAddress::new(&settings.trusted_proxies),
            )),
            api: Arc::new(config(
                Duration::from_secs(60) / settings.per_minute,
                settings.burst,
                ClientAddress::new(&settings.trusted_proxies),
            )),
        }
    }

    pub fn registration_layer(&self) -> GovernorLayer<ClientAddress, NoOp, Body> {
        layer(&self.registration)
    }

    pub fn api_layer(&self) -> GovernorLayer<ClientAddress, NoOp, Body> {
        layer(&self.api)
    }

    /// Forgets the addresses whose quota is full again; run now and then so memory stays small.
    pub fn forget_idle_clients(&self) {
        self.registration.limiter().retain_recent();
        self.api.limiter().retain_recent();
    }
}

pub type NoOp = governor::middleware::NoOpMiddleware<governor::clock::QuantaInstant>;

fn config(period: Duration, burst: u32, clients: ClientAddress) -> Config {
    GovernorConfigBuilder::default()
        .key_extractor(clients)
        // Settings allow only values of at least 1, and the period is at least a nanosecond.
        .period(period.max(Duration::from_nanos(1)))
        .burst_size(burst.max(1))
        .finish()
        .expect("a period and a burst of at least 1")
}

fn layer(config: &Arc<Config>) -> GovernorLayer<ClientAddress, NoOp, Body> {
    GovernorLayer::new(Arc::clone(config)).error_handler(too_many_requests)
}

/// Every refusal is a JSON reason; a 429 says when to try again.
fn too_many_requests(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            let mut response = AppError::TooManyRequests(format!(
                "too many requests from your address: try again in {} seconds",
                wait_time.max(1)
            ))
            .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait_time.max(1)));
            response
        }
        other => {
            AppError::TooManyRequests(format!("the request was limited: {other}")).into_response()
        }
    }
}

/// The client's IP address as the connection shows it, or, for a connection from a trusted
/// proxy, as the proxy's `X-Real-IP` header says. An IPv6 client is counted by its /64
/// network, as one household or phone usually has a whole /64. Without connection information
/// (a router served without it) all requests share one quota instead of failing.
#[derive(Clone, Debug, Default)]
pub struct ClientAddress {
    trusted_proxies: Arc<[IpAddr]>,
}

impl ClientAddress {
    pub fn new(trusted_proxies: &[IpAddr]) -> ClientAddress {
        ClientAddress {
            trusted_proxies: trusted_proxies.into(),
        }
    }
}

impl KeyExtractor for ClientAddress {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<IpAddr, GovernorError> {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| peer.ip());
        let forwarded = || {
            request
                .headers()
                .get("x-real-ip")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.trim().parse::<IpAddr>().ok())
        };
        let address = match peer {
            Some(proxy) if self.trusted_proxies.contains(&proxy) => forwarded().or(peer),
            _ => peer,
        };
        Ok(match address {
            Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let network = u128::from(v6) & !((1u128 << 64) - 1);
                    IpAddr::V6(Ipv6Addr::from(network))
                }
            },
            Some(v4) => v4,
            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(peer: Option<&str>) -> IpAddr {
        key_via(&ClientAddress::default(), peer, None)
    }

    fn key_via(clients: &ClientAddress, peer: Option<&str>, real_ip: Option<&str>) -> IpAddr {
        let mut request = Request::new(());
        if let Some(peer) = peer {
            request
                .extensions_mut()
                .insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        }
        if let Some(real_ip) = real_ip {
            request
                .headers_mut()
                .insert("x-real-ip", HeaderValue::from_str(real_ip).unwrap());
        }
        clients.extract(&request).unwrap()
    }

    #[test]
    fn only_a_trusted_proxy_may_name_the_client_address() {
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        let behind = ClientAddress::new(&[ip("10.0.0.2")]);
        assert_eq!(
            key_via(&behind, Some("10.0.0.2:4000"), Some("198.51.100.7")),
            ip("198.51.100.7")
        );
        // Anyone else sending the header is counted by their own address.
        assert_eq!(
            key_via(&behind, Some("203.0.113.9:4000"), Some("198.51.100.7")),
            ip("203.0.113.9")
        );
        // A proxy that sends no usable header is counted as itself.
        assert_eq!(
            key_via(&behind, Some("10.0.0.2:4000"), Some("not an address")),
            ip("10.0.0.2")
        );
        assert_eq!(
            key_via(&behind, Some("10.0.0.2:4000"), Some("2001:db8:1:2:aaaa::1")),
            key_via(&behind, Some("10.0.0.2:4000"), Some("2001:db8:1:2::9"))
        );
        assert_eq!(
            key_via(
                &ClientAddress::default(),
                Some("10.0.0.2:4000"),
                Some("198.51.100.7")
            ),
            ip("10.0.0.2"),
            "no proxy is trusted by default"
        );
    }

    #[test]
    fn an_ipv4_client_is_counted_by_its_address() {
        assert_eq!(
            key(Some("192.0.2.7:5000")),
            "192.0.2.7".parse::<IpAddr>().unwrap()
        );
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_64_bit_network() {
        assert_eq!(
            key(Some("[2001:db8:1:2:aaaa::1]:443")),
            key(Some("[2001:db8:1:2:bbbb::9]:80"))
        );
        assert_ne!(
            key(Some("[2001:db8:1:2::1]:443")),
            key(Some("[2001:db8:1:3::1]:443"))
        );
        assert_eq!(key(Some("[::ffff:192.0.2.7]:1")), key(Some("192.0.2.7:2")));
    }

    #[test]
    fn without_connection_information_all_share_one_quota_instead_of_failing() {
        assert_eq!(key(None), IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    }
}
