using CoachLens.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachLens.Web.Apis;

/// <summary>Renders the error page for any method, keeping the status code that led here.</summary>
public static class ErrorApi
{
    public static void MapErrors(this IEndpointRouteBuilder app) =>
        app.Map("/error/{code:int}", (int code, HttpContext http) =>
        {
            var status = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
                ? http.Response.StatusCode
                : code is >= 400 and < 600 ? code : 404;
            return new RazorComponentResult<ErrorDocument>(new { Code = code, Http = http }) { StatusCode = status };
        });
}
