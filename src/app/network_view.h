// The picture of your network behind the web UI's Network page: your
// strongest ties with their circles, who among them knows whom, and how
// healthy each circle is (ties in rhythm vs drifting).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/model_config.h"

namespace kith::app {

struct NetworkNode {
  int64_t id = 0;
  std::string name;
  core::Circle circle = core::Circle::kAcquaintance;
  double strength = 0;
  bool drifting = false;
};

struct NetworkEdge {
  int64_t a = 0, b = 0;  // ids of two nodes
  int64_t count = 1;
};

struct CircleHealth {
  int64_t healthy = 0;
  int64_t drifting = 0;
};

struct NetworkView {
  std::vector<NetworkNode> nodes;                         // strongest first
  std::vector<NetworkEdge> edges;                         // between nodes only
  std::array<CircleHealth, core::kCircleCount> health{};  // everyone, by circle
};

// The `max_nodes` strongest ties and the knows edges among them.
Result<NetworkView> LoadNetworkView(Context& ctx, size_t max_nodes);

}  // namespace kith::app
