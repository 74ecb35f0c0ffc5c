//! What goes inside the sealed box for a coach: the summary's JSON, deflated. A summary's JSON
//! repeats itself a lot (field names, the same helpers on every step), so it shrinks to a
//! fraction: everything a youngster can write fits the largest sealed message, and most
//! summaries take a small bucket. Only the sealing module (`crates/seal-web`) calls this, so the
//! youngster's app does not carry the compressor.
//!
//! ```text
//! message = 0x01 || raw deflate (RFC 1951) of the summary's JSON
//! ```
//!
//! A message that starts with `{` is JSON as it is (an older or simpler sender).

/// The first byte of a deflated message.
pub const DEFLATED: u8 = 1;
/// The most an opened message may inflate to: far above any summary, and a guard against a
/// message made to inflate without end.
pub const MAX_INFLATED_LEN: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is empty")]
    Empty,
    #[error("the message starts with byte {0}, which is neither JSON nor a deflated summary")]
    UnknownKind(u8),
    #[error("the deflated summary is damaged or larger than {MAX_INFLATED_LEN} bytes")]
    Damaged,
    #[error("the summary is not UTF-8 text")]
    NotText,
}

/// The message to seal for a summary's JSON.
pub fn pack_message(json: &str) -> Vec<u8> {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let mut message = Vec::with_capacity(1 + deflated.len());
    message.push(DEFLATED);
    message.extend_from_slice(&deflated);
    message
}

/// The summary's JSON from an opened message.
pub fn unpack_message(message: &[u8]) -> Result<String, MessageError> {
    let bytes = match message.split_first() {
        None => return Err(MessageError::Empty),
        Some((&DEFLATED, deflated)) => {
            miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_INFLATED_LEN)
                .map_err(|_| MessageError::Damaged)?
        }
        Some((b'{', _)) => message.to_vec(),
        Some((&other, _)) => return Err(MessageError::UnknownKind(other)),
    };
    String::from_utf8(bytes).map_err(|_| MessageError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_summary_unpacks_to_the_same_text_and_is_smaller() {
        let json = format!(
            r#"{{"format":1,"islands":[{}]}}"#,
            r#"{"island":"wonen","done":true},"#.repeat(40)
        );
        let message = pack_message(&json);
        assert_eq!(message[0], DEFLATED);
        assert!(
            message.len() * 5 < json.len(),
            "{} of {}",
            message.len(),
            json.len()
        );
        assert_eq!(unpack_message(&message).as_deref(), Ok(json.as_str()));
    }

    #[test]
    fn plain_json_is_read_as_it_is() {
        assert_eq!(
            unpack_message(br#"{"format":1}"#).as_deref(),
            Ok(r#"{"format":1}"#)
        );
    }

    #[test]
    fn what_is_not_a_message_is_refused_with_a_reason() {
        assert_eq!(unpack_message(b""), Err(MessageError::Empty));
        assert_eq!(
            unpack_message(b"\x07abc"),
            Err(MessageError::UnknownKind(7))
        );
        assert_eq!(
            unpack_message(b"\x01\xff\xff\xff"),
            Err(MessageError::Damaged)
        );
        let not_text = pack_message("{").into_iter().collect::<Vec<u8>>();
        assert_eq!(unpack_message(&not_text).as_deref(), Ok("{"));
        let mut bad_utf8 = vec![DEFLATED];
        bad_utf8.extend(miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 9));
        assert_eq!(unpack_message(&bad_utf8), Err(MessageError::NotText));
    }

    #[test]
    fn a_message_made_to_inflate_without_end_is_refused() {
        let bomb = vec![b' '; MAX_INFLATED_LEN + 1];
        let mut message = vec![DEFLATED];
        message.extend(miniz_oxide::deflate::compress_to_vec(&bomb, 9));
        assert!(message.len() < 4096, "it is small when sealed");
        assert_eq!(unpack_message(&message), Err(MessageError::Damaged));
    }
}
