using CallCenter.Errors;
using CallCenter.Localization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace CallCenter.Input;

/// <summary>
/// Safety net behind the guard and the validators: PostgreSQL's refusals of input text — 22021 (invalid byte
/// sequence, a NUL), 22P05 (untranslatable character, a \u0000 in jsonb) and 22001 (value too long for its column)
/// — are the caller's input, not a server fault, so they answer 400 instead of 500. Each one still means a check
/// is missing in front of the database, so it is logged as a warning to be fixed at its cause.
/// </summary>
public static class DatabaseInputErrors
{
    public static ProblemDetails? TryMap(Exception exception, ILogger logger)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is not PostgresException pg) continue;
            string code, message;
            switch (pg.SqlState)
            {
                case PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter:
                    (code, message) = (InputErrorCodes.NulCharacter, "Validation:NulCharacter");
                    break;
                case PostgresErrorCodes.StringDataRightTruncation:
                    (code, message) = (InputErrorCodes.ValueTooLong, "Validation:TooLongForStorage");
                    break;
                default:
                    return null;
            }
            logger.LogWarning(exception, "Input reached PostgreSQL unchecked ({SqlState}); add a check in front of it", pg.SqlState);
            var field = pg.ColumnName ?? "body";
            return ProblemDetailsExceptionHandler.Problem(StatusCodes.Status400BadRequest, code, L.Get(code),
                new Dictionary<string, string[]> { [field] = [L.Get(message)] });
        }
        return null;
    }
}
