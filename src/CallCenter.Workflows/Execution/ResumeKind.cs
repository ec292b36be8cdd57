namespace CallCenter.Workflows.Execution;

public enum ResumeKind
{
    Stimulus,
    Timer,
}
