//! The youngster's journey: the content packs (islands, exercises, questions), the answers and
//! their validation, going through an exercise, discoveries, the avatar, "my people", and the
//! overview of what I want, what I am good at, who can help me and my first step.
//!
//! Everything is plain data and pure functions. Time is passed in (`today`), never read here.

pub mod answers;
pub mod avatar;
pub mod avatar_picture;
mod check;
pub mod compare;
pub mod content;
pub mod discovery;
pub mod engine;
pub mod growth;
pub mod highlights;
pub mod map;
pub mod others;
pub mod overview;
pub mod people;
mod rules;
pub mod safety;
pub mod state;
pub mod texts;
pub mod validate;

#[cfg(test)]
pub(crate) mod testing;

pub use answers::{Answer, AnswerError, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS, StepWhat};
pub use avatar::{
    Accessory, Avatar, ClothingColour, HairColour, HairStyle, Nickname, NicknameError,
    Presentation, SkinTone,
};
pub use avatar_picture::avatar_svg;
pub use compare::compare_packs;
pub use content::{
    Choice, CoachStep, EXERCISE_BUDGET_SECONDS, Exercise, ExerciseKind, Feed, HelpLine, HelpLines,
    Input, Island, IslandId, Pack, PackTexts, Question, Tip, TipCondition,
};
pub use discovery::{Discovery, DiscoveryTip};
pub use engine::Progress;
pub use growth::{
    CheckIn, CurrentStep, FollowUp, GrowthError, HELPED, MADE_IT_HARD, PastStep, Reading,
    StepOutcome, step_text,
};
pub use highlights::{PickError, STARS_PER_ISLAND, TOP_THREE, WantRef};
pub use map::{ExerciseStatus, IslandProgress, Resume};
pub use others::{
    HELP_WAYS, MAX_FROM_CHARS, MAX_MESSAGE_CHARS, MAX_OWN_WORDS_CHARS, MAX_STRENGTHS, OthersSay,
    Pick, Reply, ReplyError, ReplyWords, STRENGTHS, Via,
};
pub use overview::{
    Achievement, FirstStepLine, Helper, IslandOverview, Overview, QuestionRef, SHORT_LIST, TopItem,
    TopThree, Want, build_overview,
};
pub use people::{HelperTap, HelperTile, Person, PersonError, PersonId};
pub use safety::{calls_for_help, shows_help_on};
pub use state::{Journey, JourneyError, LastOpened};
pub use validate::{Problem, validate};
