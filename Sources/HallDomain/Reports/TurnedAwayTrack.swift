/// A visit sent home with a notice, and whether that customer came back for a slip.
struct TurnedAwayTrack {
    var moment: HallMoment
    var cameBack = false
}
