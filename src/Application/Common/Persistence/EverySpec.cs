using Ardalis.Specification;

namespace RecordingStudio.Application.Common.Persistence;

/// <summary>Every row of a kind, unfiltered: "is there any invoice at all?".</summary>
public sealed class EverySpec<T> : Specification<T> where T : class;
