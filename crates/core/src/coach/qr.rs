//! The coach's link as a QR code, drawn as one SVG path (dark modules on white, with the quiet
//! zone scanners need), so the app makes it itself and no picture is fetched from anywhere.
//! The matrix comes from the `qrcode` crate; this module only draws it.

use qrcode::{Color, EcLevel, QrCode};

/// The white border around the code, in modules (the standard asks for four).
pub const QUIET_ZONE: usize = 4;

/// A QR code ready for `<svg viewBox="0 0 {size} {size}">`: a white square, then `path` in black.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules per side, quiet zone included.
    pub size: usize,
    /// The dark modules as one path, a rectangle per run of dark modules in a row.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the text is too long for a QR code")]
pub struct TooLong;

/// The QR code of `text`, with medium error correction (a printed code still scans when a little
/// of it is smudged).
pub fn qr_picture(text: &str) -> Result<QrPicture, TooLong> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).map_err(|_| TooLong)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Ok(QrPicture {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://start.example.be/share?code=ACDE-FG34";

    /// The picture back as modules: which of `size × size` are dark, read from the path.
    fn modules(picture: &QrPicture) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; picture.size]; picture.size];
        for rect in picture.path.split('M').filter(|r| !r.is_empty()) {
            let (start, rest) = rect.split_once('h').unwrap();
            let (x, y) = start.split_once(' ').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            for cell in &mut grid[y][x..x + run] {
                assert!(!*cell, "runs do not overlap");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_picture_decodes_to_the_link() {
        let picture = qr_picture(LINK).unwrap();
        let grid = modules(&picture);
        let scale = 4;
        let side = picture.size * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if grid[y / scale][x / scale] { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, LINK);
    }

    #[test]
    fn the_quiet_zone_is_white_and_the_finder_patterns_sit_in_three_corners() {
        let picture = qr_picture(LINK).unwrap();
        let grid = modules(&picture);
        let n = picture.size;
        let dark = |x: usize, y: usize| grid[y][x];
        for i in 0..n {
            for q in 0..QUIET_ZONE {
                assert!(!dark(i, q) && !dark(i, n - 1 - q) && !dark(q, i) && !dark(n - 1 - q, i));
            }
        }
        let inner = n - 2 * QUIET_ZONE;
        for (cx, cy) in [(0, 0), (inner - 7, 0), (0, inner - 7)] {
            // The outer ring of a finder pattern is dark all round.
            for k in 0..7 {
                let (x, y) = (QUIET_ZONE + cx, QUIET_ZONE + cy);
                assert!(
                    grid[y][x + k] && grid[y + 6][x + k] && grid[y + k][x] && grid[y + k][x + 6]
                );
            }
        }
    }

    #[test]
    fn the_same_link_gives_the_same_picture_and_another_link_another() {
        assert_eq!(qr_picture(LINK).unwrap(), qr_picture(LINK).unwrap());
        assert_ne!(
            qr_picture(LINK).unwrap().path,
            qr_picture("https://start.example.be/share?code=ACDE-FG35")
                .unwrap()
                .path
        );
    }

    #[test]
    fn a_text_too_long_for_any_qr_code_is_refused() {
        assert_eq!(qr_picture(&"x".repeat(5000)), Err(TooLong));
    }
}
