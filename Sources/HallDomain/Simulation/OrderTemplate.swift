/// What a customer tells the call centre or the hall about one kind of problem: the
/// category, the kind of order, where it came in and the words, written the way such
/// complaints read, for the demo's day of work orders.
struct OrderTemplate: Sendable {
    var category: String
    var kind: WorkOrderKind
    var source: WorkOrderSource
    var customerKind: CustomerKind
    var description: String

    /// Common problems only: a demo day with an electric shock or a theft report in it
    /// would show the major-order banner as if it were routine.
    static let everyday: [OrderTemplate] = [
        OrderTemplate(category: "TD", kind: .faultReport, source: .hotline95598, customerKind: .residential,
                      description: "家里和隔壁几户同时停电，已经半个多小时，请尽快派人抢修。"),
        OrderTemplate(category: "TD", kind: .faultReport, source: .hotline95598, customerKind: .nonResidential,
                      description: "厂房总开关跳闸后合不上，生产线全部停下，请派人到现场检查。"),
        OrderTemplate(category: "DYZL", kind: .complaint, source: .hotline95598, customerKind: .residential,
                      description: "每天傍晚电压偏低，空调启动不了，灯光忽明忽暗，已经持续一个星期。"),
        OrderTemplate(category: "DFZY", kind: .complaint, source: .hotline95598, customerKind: .residential,
                      description: "本月电费比上月多出近一倍，家里用电习惯没有变化，要求核查计费。"),
        OrderTemplate(category: "DFZY", kind: .enquiry, source: .phone, customerKind: .residential,
                      description: "想了解阶梯电价怎样计算，为什么本月进入了第二档。"),
        OrderTemplate(category: "CBCC", kind: .complaint, source: .hotline95598, customerKind: .residential,
                      description: "账单上的表码比电能表实际读数多了三百多度，怀疑估抄，要求更正并退回多收的电费。"),
        OrderTemplate(category: "JLZZ", kind: .faultReport, source: .hotline95598, customerKind: .residential,
                      description: "电能表显示屏不亮，担心计量不准，要求上门检查。"),
        OrderTemplate(category: "YKSX", kind: .complaint, source: .hall, customerKind: .nonResidential,
                      description: "新装用电申请已受理十多个工作日，还没有安排装表接电，店铺无法按期开业。"),
        OrderTemplate(category: "FWTD", kind: .complaint, source: .hall, customerKind: .residential,
                      description: "上次来办理过户时窗口人员态度生硬，也没有一次说清还缺哪些资料，白跑了两趟。"),
        OrderTemplate(category: "YYTFW", kind: .suggestion, source: .hall, customerKind: .residential,
                      description: "高峰期排队时间太长，建议增开缴费窗口，并在门口先帮客户核对资料。"),
        OrderTemplate(category: "QXFW", kind: .complaint, source: .hotline95598, customerKind: .residential,
                      description: "报修停电已经两个小时，抢修人员还没有到现场，也没有人回电话说明情况。"),
        OrderTemplate(category: "TDTZ", kind: .complaint, source: .hotline95598, customerKind: .nonResidential,
                      description: "今天上午停电事先没有收到任何通知，店里冷柜的货物受了损失，要求说明原因。"),
        OrderTemplate(category: "QXFW", kind: .praise, source: .phone, customerKind: .residential,
                      description: "感谢抢修班昨晚冒雨赶来，一个小时就恢复了供电，师傅们很耐心。"),
    ]
}
