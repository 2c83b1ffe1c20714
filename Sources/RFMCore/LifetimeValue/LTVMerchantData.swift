/// A merchant read with the model on: the scored customers as a nightly run sees them, and the
/// models' calibration data. `scoredCalibrationIndex[i]` is the calibration entry of
/// `measures.customers[i]`: every scored customer has one.
public struct LTVMerchantData: Sendable {
    public var measures: MerchantMeasures
    public var calibration: LTVCalibration
    public var scoredCalibrationIndex: [Int]
}
