#include "server/http_host.h"

#include <pthread.h>

#include <csignal>
#include <restinio/all.hpp>

namespace kith::server {
namespace {

struct Traits : restinio::default_traits_t {
  using logger_t = restinio::null_logger_t;
};

Request ToRequest(const restinio::request_handle_t& in) {
  Request q;
  const auto& h = in->header();
  q.method = h.method().c_str();
  q.path = PercentDecode(h.path(), false);
  q.query = ParseQuery(h.query());
  h.for_each_field([&](const restinio::http_header_field_t& f) {
    std::string name = f.name();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    q.headers[name] = f.value();
  });
  q.body = in->body();
  q.peer = in->remote_endpoint().address().to_string();
  return q;
}

restinio::request_handling_status_t Answer(Server& server, const restinio::request_handle_t& in) {
  Request q = ToRequest(in);
  Response r = server.Handle(q);
  auto out = in->create_response(restinio::http_status_line_t{
      restinio::http_status_code_t{static_cast<std::uint16_t>(r.status)}, ""});
  for (auto& [name, value] : r.headers) out.append_header(name, value);
  out.set_body(std::move(r.body));
  return out.done();
}

}  // namespace

Status ServeHttp(Server& server, int threads, const std::function<void(int port)>& on_listening) {
  // SIGINT and SIGTERM wait for this thread's sigwait: blocked here, before
  // the pool's threads exist, so that they inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  int port = 0;
  try {
    auto running = restinio::run_async<Traits>(
        restinio::own_io_context(),
        restinio::server_settings_t<Traits>{}
            .address(server.options().bind)
            .port(static_cast<std::uint16_t>(server.options().port))
            .incoming_http_msg_limits(
                restinio::incoming_http_msg_limits_t{}.max_body_size(kMaxUploadBody))
            .socket_options_setter([](auto& options) {
              options.set_option(restinio::asio_ns::ip::tcp::no_delay{true});
            })
            .acceptor_post_bind_hook([&port](restinio::asio_ns::ip::tcp::acceptor& acceptor) {
              port = acceptor.local_endpoint().port();
            })
            .request_handler(
                [&server](const restinio::request_handle_t& in) { return Answer(server, in); }),
        static_cast<std::size_t>(threads));
    on_listening(port);  // accepting by now
    int signal = 0;
    sigwait(&stop_signals, &signal);
    running->stop();
    running->wait();
  } catch (const std::exception& e) {
    return Status::Io(fmt::format("cannot serve on {}:{}: {}", server.options().bind,
                                  server.options().port, e.what()));
  }
  server.imports().Wait();
  return Status::Ok();
}

}  // namespace kith::server
