using CallCenter.Complaints;
using CallCenter.Errors;
using CallCenter.Exceptions;

namespace CallCenter.WorkOrders;

/// <summary>The work order's intent methods: the only ways its state changes outside <see cref="WorkOrder.Fire"/>.</summary>
public sealed class WorkOrderIntentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    private static WorkOrder Order(WorkOrderType type = WorkOrderType.Repair) =>
        new("WO-I-1", type, Guid.NewGuid(), Urgency.Medium, Impact.Household, WorkOrderPriority.Normal, null);

    [Fact]
    public void Should_Escalate_A_Repair_One_Level_At_A_Time_Up_To_Management_And_Refuse_Beyond()
    {
        var order = Order();
        order.EscalationLevel.ShouldBe(EscalationLevel.None);

        order.Escalate().ShouldBe((null, ComplaintLevel.Station));
        order.EscalationLevel.ShouldBe(EscalationLevel.StationHead);
        order.Escalate().ShouldBe((null, ComplaintLevel.Department));
        order.Escalate().ShouldBe((null, ComplaintLevel.Management));
        order.EscalationLevel.ShouldBe(EscalationLevel.Management);

        Should.Throw<BusinessException>(() => order.Escalate()).Code.ShouldBe(WorkOrderErrorCodes.HighestLevel);
        order.EscalationLevel.ShouldBe(EscalationLevel.Management);
        order.ComplaintLevel.ShouldBeNull();
    }

    [Fact]
    public void Should_Jump_To_A_Named_Level_But_Never_Come_Down()
    {
        var order = Order();
        order.Escalate(EscalationLevel.Department).ShouldBe((null, ComplaintLevel.Department));
        order.EscalationLevel.ShouldBe(EscalationLevel.Department);

        order.Escalate(EscalationLevel.StationHead);

        order.EscalationLevel.ShouldBe(EscalationLevel.Department);
    }

    [Fact]
    public void Should_Move_A_Complaint_Up_Its_Own_Levels_With_Each_Escalation()
    {
        var order = Order(WorkOrderType.Complaint);
        order.ComplaintLevel.ShouldBe(ComplaintLevel.Station);

        order.Escalate().ShouldBe((ComplaintLevel.Station, ComplaintLevel.Department));
        order.Escalate().ShouldBe((ComplaintLevel.Department, ComplaintLevel.Management));

        order.ComplaintLevel.ShouldBe(ComplaintLevel.Management);
        Should.Throw<BusinessException>(() => order.Escalate()).Code.ShouldBe(WorkOrderErrorCodes.HighestLevel);
        order.EscalationLevel.ShouldBe(EscalationLevel.Department);
    }

    [Fact]
    public void Should_Record_The_Callers_Report_Once_Opened()
    {
        var order = Order();
        var contact = Guid.NewGuid();

        order.RecordReport(new WorkOrderReport(contact, "+8613800138000", "王女士", "示范小区 3 栋 2 单元 501", "示范小区", "3 栋", "暖气不热", 14.5m, "卧室最冷"));

        (order.ContactId, order.CallerNumber, order.ContactName, order.Location).ShouldBe((contact, "+8613800138000", "王女士", "示范小区 3 栋 2 单元 501"));
        (order.Community, order.Building, order.FaultSymptom, order.ReportedIndoorTempC, order.Description).ShouldBe(("示范小区", "3 栋", "暖气不热", 14.5m, "卧室最冷"));
    }

    [Fact]
    public void Should_Attach_A_Workflow_And_Say_When_It_Was_Already_Attached()
    {
        var order = Order();

        order.AttachWorkflow("wf-1").ShouldBeTrue();
        order.AttachWorkflow("wf-1").ShouldBeFalse();
        order.AttachWorkflow("wf-2").ShouldBeTrue();

        order.WorkflowInstanceId.ShouldBe("wf-2");
    }

    [Fact]
    public void Should_Append_Notes_On_Their_Own_Lines_And_Let_The_Resolution_Replace_Them()
    {
        var order = Order();

        order.AddNote("  到达现场 ");
        order.AddNote("更换阀门");
        order.ResolutionNotes.ShouldBe("到达现场\n更换阀门");

        order.RecordResolution(" 已修复，室温 20℃ ");
        order.ResolutionNotes.ShouldBe("已修复，室温 20℃");
    }

    [Fact]
    public void Should_Record_Temperature_Signature_And_Satisfaction_And_Forget_Satisfaction_On_Reopen()
    {
        var order = Order();
        var signature = Guid.NewGuid();
        order.MeasureIndoorTemperature(19.5m);
        order.RecordSignature(signature, "王女士");
        foreach (var trigger in new[] { WorkOrderTrigger.Dispatch, WorkOrderTrigger.Assign, WorkOrderTrigger.Accept, WorkOrderTrigger.Arrive, WorkOrderTrigger.Resolve, WorkOrderTrigger.Revisit })
            order.Fire(trigger, null, null, null, Now);
        order.RecordSatisfaction(false);

        (order.MeasuredIndoorTempC, order.SignatureFileId, order.SignerName, order.CustomerSatisfied).ShouldBe((19.5m, (Guid?)signature, "王女士", (bool?)false));

        order.Fire(WorkOrderTrigger.Reopen, "客户不满意", null, null, Now);
        order.CustomerSatisfied.ShouldBeNull();
    }
}
