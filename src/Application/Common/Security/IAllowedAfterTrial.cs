namespace RecordingStudio.Application.Common.Security;

/// <summary>A command a studio may still send once its trial has ended (choosing a plan: the way out of read-only).</summary>
public interface IAllowedAfterTrial;
