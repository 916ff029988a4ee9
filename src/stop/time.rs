//! Calendar dates (`YYYY-MM-DD`) and clock times (`HH:MM`) as the stop format writes them.

use std::fmt;

/// A calendar day, proleptic Gregorian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, refusing days that do not exist (2025-02-29).
    ///
    /// ```
    /// use caravane::stop::time::Date;
    /// assert_eq!(Date::parse("2025-11-07").unwrap().day, 7);
    /// assert!(Date::parse("2025-02-29").is_none());
    /// assert!(Date::parse("7/11/2025").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = digits(&s[0..4])? as i32;
        let month = digits(&s[5..7])?;
        let day = digits(&s[8..10])?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day after.
    ///
    /// ```
    /// use caravane::stop::time::Date;
    /// assert_eq!(Date::parse("2025-12-31").unwrap().next().to_string(), "2026-01-01");
    /// assert_eq!(Date::parse("2028-02-28").unwrap().next().to_string(), "2028-02-29");
    /// ```
    pub fn next(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A clock time in minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub u32);

impl Time {
    /// Parses `HH:MM` (00:00 to 23:59, and 24:00 for the end of the day).
    ///
    /// ```
    /// use caravane::stop::time::Time;
    /// assert_eq!(Time::parse("10:30").unwrap().0, 630);
    /// assert!(Time::parse("25:00").is_none());
    /// assert!(Time::parse("9:00").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        let h = digits(&s[0..2])?;
        let m = digits(&s[3..5])?;
        if m > 59 || h > 24 || (h == 24 && m > 0) {
            return None;
        }
        Some(Time(h * 60 + m))
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.bytes().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl From<Date> for crate::i18n::numbers::Date {
    fn from(d: Date) -> Self {
        crate::i18n::numbers::Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_the_taroudant_stop() {
        // The Taroudant market opened on Friday 7 November 2025.
        assert_eq!(Date::parse("2025-11-07").unwrap().weekday(), 4);
        assert_eq!(Date::parse("1970-01-01").unwrap().weekday(), 3);
    }

    #[test]
    fn leap_years() {
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("1900-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
    }
}
